import type { Question, TrainingLanguage } from '../content/schema.js';

export interface PublicQuestion {
  id: string;
  moduleId: string;
  kind: Question['kind'];
  prompt: string;
  options: { id: string; text: string }[];
}

/**
 * The only shape of a question that may leave the server before an attempt is submitted: no
 * correct option ids, no explanation. Options follow `optionOrder` when the attempt shuffled them.
 */
export function toPublicQuestion(
  question: Question,
  language: TrainingLanguage,
  optionOrder?: readonly string[],
): PublicQuestion {
  const byId = new Map(question.options.map((option) => [option.id, option]));
  const order = optionOrder ?? question.options.map((option) => option.id);
  return {
    id: question.id,
    moduleId: question.moduleId,
    kind: question.kind,
    prompt: question.prompt[language],
    options: order.flatMap((id) => {
      const option = byId.get(id);
      return option ? [{ id: option.id, text: option.text[language] }] : [];
    }),
  };
}
