import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g;

/** Renders plain text with its http(s) URLs as links; nothing is parsed as HTML. */
export function Linkified({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        // split() with a capturing group puts every match at an odd index.
        index % 2 === 1 ? (
          <a key={`${index}-${part}`} href={part} className="outbox__link">
            {part}
          </a>
        ) : (
          <Fragment key={`${index}-text`}>{part}</Fragment>
        ),
      )}
    </>
  );
}
