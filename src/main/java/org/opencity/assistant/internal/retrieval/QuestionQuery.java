package org.opencity.assistant.internal.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A resident's question as a Lucene query: every field's words and syllable pairs, each weighted by how much a
 * match there says about the record (a name or an FAQ question more than a document list). Any term may match
 * (BM25 ranks the records that match the rarest terms in the most telling fields first). A word or pair no record
 * has is taken for a typo and also looked for with an edit or two ("ho chiu" finds "hộ chiếu").
 */
final class QuestionQuery {

    /** Fields where a typo is looked for: the names and the FAQ questions. */
    private static final List<KnowledgeField> TYPO_FIELDS = List.of(KnowledgeField.NAME, KnowledgeField.QUESTIONS);

    /** A near match counts this much of an exact one. */
    private static final float TYPO_WEIGHT = 0.5f;

    /** Shorter words are too often another real word one edit away ("tin", "tim", "tin"). */
    private static final int TYPO_MIN_LENGTH = 4;

    private static final int TYPO_EXPANSIONS = 5;

    /**
     * Typos are looked for in short questions only, as typed in a chat box. A long question has enough words right to
     * be found, and its many pairs no record has (it is written, not a name) would only bring noise and time.
     */
    private static final int TYPO_MAX_WORDS = 8;

    private final VietnameseAnalysis analysis;
    private final QueryBuilder builder;

    QuestionQuery(VietnameseAnalysis analysis) {
        this.analysis = analysis;
        builder = new QueryBuilder(analysis.queryAnalyzer());
        // "sổ đỏ" → "giấy chứng nhận quyền sử dụng đất" is one phrase, not six separate words.
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** Null when the question has no searchable word (only stop words, question forms, punctuation). */
    Query of(String question, IndexReader reader) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (KnowledgeField field : KnowledgeField.values()) {
            any |= add(query, builder.createBooleanQuery(field.words(), question), field.wordWeight);
            if (field.pairWeight > 0) {
                any |= add(query, builder.createBooleanQuery(field.pairs(), question), field.pairWeight);
            }
        }
        if (!any) {
            return null;
        }
        if (analysis.questionTerms(KnowledgeField.NAME, false, question).size() > TYPO_MAX_WORDS) {
            return query.build();
        }
        for (KnowledgeField field : TYPO_FIELDS) {
            for (String word : unknown(reader, field, false, question)) {
                add(query, typo(field.words(), word), TYPO_WEIGHT * field.wordWeight);
            }
            for (String pair : unknown(reader, field, true, question)) {
                add(query, typo(field.pairs(), pair), TYPO_WEIGHT * field.pairWeight);
                for (String variant : dialectSpellings(reader, pair)) {
                    add(query, new TermQuery(new Term(field.pairs(), variant)), TYPO_WEIGHT * field.pairWeight);
                }
            }
        }
        return query.build();
    }

    /** The question's words (or pairs) that no record has in any field. */
    private List<String> unknown(IndexReader reader, KnowledgeField field, boolean pairs, String question)
            throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String term : analysis.questionTerms(field, pairs, question)) {
            if (term.length() >= TYPO_MIN_LENGTH && !term.contains("_") && !known(reader, pairs, term)) {
                unknown.add(term);
            }
        }
        return unknown;
    }

    /** The pair spelt as a dialect speaker may have meant it ("tam chu" → "tam tru"), where some record has it. */
    private static List<String> dialectSpellings(IndexReader reader, String pair) throws IOException {
        String[] words = pair.split(" ");
        List<String> known = new ArrayList<>();
        if (words.length != 2) {
            return known;
        }
        List<String> firsts = new ArrayList<>(List.of(words[0]));
        firsts.addAll(SpellingVariants.of(words[0]));
        List<String> seconds = new ArrayList<>(List.of(words[1]));
        seconds.addAll(SpellingVariants.of(words[1]));
        for (String first : firsts) {
            for (String second : seconds) {
                String variant = first + " " + second;
                if (!variant.equals(pair) && known(reader, true, variant)) {
                    known.add(variant);
                }
            }
        }
        return known;
    }

    private static boolean known(IndexReader reader, boolean pairs, String term) throws IOException {
        for (KnowledgeField field : KnowledgeField.values()) {
            if (reader.docFreq(new Term(pairs ? field.pairs() : field.words(), term)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Terms one edit away (two for longer ones), the first letter as typed. */
    private static Query typo(String field, String term) {
        int edits = term.length() >= 7 ? 2 : 1;
        return new FuzzyQuery(new Term(field, term), edits, 1, TYPO_EXPANSIONS, true);
    }

    private static boolean add(BooleanQuery.Builder query, Query part, float weight) {
        if (part == null || weight == 0) {
            return false;
        }
        query.add(new BoostQuery(part, weight), BooleanClause.Occur.SHOULD);
        return true;
    }
}
