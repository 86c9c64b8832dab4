import { type Kysely, sql } from 'kysely';

/**
 * Search folds Kazakh letters to the Russian ones people type on a Russian keyboard (қ → к,
 * ұ and ү → у, і → и, …) and ё to е, on both the text and the query, so "Казакова" finds
 * "Қазақова" and the other way round.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function app_search_fold(p_text text) returns text
      language sql immutable parallel safe as $$
      select translate(lower(p_text), 'әғқңөұүһіё', 'агкноуухие')
    $$;
    grant execute on function app_search_fold(text) to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists app_search_fold(text);`.execute(db);
}
