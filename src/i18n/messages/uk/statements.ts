import { wordsById } from '../../../facts/all-statements';
import type { StatementWords } from '../../../facts/statement';

/** Every statement's words in this language, by id, from its record (src/facts/statements/). */
export const statements = wordsById(
  import.meta.glob<StatementWords>('../../../facts/statements/*.ts', {
    eager: true,
    import: 'words',
    query: '?words=uk',
  }),
);
