package org.opencity.assistant.internal.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * How text becomes terms, for the index and for a question. Words are folded by ICU (case, diacritics, "đ" as "d"),
 * so a question typed with or without diacritics meets the same terms. Questions then get the synonyms of
 * {@code data/assistant/synonyms.txt} ("sổ đỏ" also asks for "giấy chứng nhận quyền sử dụng đất"), folded the same
 * way; stop words come last and never remove a word a synonym uses (see {@link StopWords}).
 */
@Component
class VietnameseAnalysis {

    static final String SYNONYMS = "data/assistant/synonyms.txt";
    static final String QUESTION_FORMS = "data/assistant/question_forms.txt";

    /**
     * Where synonyms.txt starts its old ward and district names (sections 3 and 4): those serve the ward look-up. For
     * retrieval they would turn a district into a dozen ward names in a question about a procedure.
     */
    static final String OLD_NAMES_SECTION = "# ---- 3.";

    /** What a question form becomes before the stop filter removes it: a term no text contains. */
    private static final String QUESTION_FORM = "questionform";

    private final Analyzer folding = new FoldingAnalyzer();
    private final SynonymMap questionForms;
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer questionWords;

    VietnameseAnalysis() {
        try {
            questionForms = parseQuestionForms();
            synonyms = parseSynonyms();
            stopWords = StopWords.load(this::fold, wordsOf(synonyms));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the assistant's synonyms or stop words", e);
        }
        indexAnalyzer = perField(new WordsAnalyzer(false, false), new PairsAnalyzer(false));
        queryAnalyzer = perField(new WordsAnalyzer(true, true), new PairsAnalyzer(true));
        questionWords = new WordsAnalyzer(true, false);
    }

    /** For documents: words without synonyms (the records say things one way, the questions many ways). */
    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** The folded terms of a text, as the index has them before stop words. */
    List<String> fold(String text) {
        return terms(folding, "", text);
    }

    /** A question's terms for one field, as its query has them (words without synonyms, or pairs). */
    List<String> questionTerms(KnowledgeField field, boolean pairs, String question) {
        return pairs ? terms(queryAnalyzer, field.pairs(), question) : terms(questionWords, field.words(), question);
    }

    /** A question's words with their synonyms, as its query on a field's words has them (a bag: the graph flattened). */
    List<String> expandedQuestionTerms(String question) {
        return terms(queryAnalyzer, KnowledgeField.NAME.words(), question);
    }

    /** A name's (or an FAQ question's) words as the index has them. */
    List<String> nameTerms(String name) {
        return terms(indexAnalyzer, KnowledgeField.NAME.words(), name);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    boolean isStopWord(String foldedTerm) {
        return stopWords.contains(foldedTerm);
    }

    private Analyzer perField(Analyzer words, Analyzer pairs) {
        Map<String, Analyzer> byField = new HashMap<>();
        for (KnowledgeField field : KnowledgeField.values()) {
            byField.put(field.pairs(), pairs);
        }
        byField.put(KnowledgeField.ENGLISH.words(), new EnglishAnalyzer());
        return new PerFieldAnalyzerWrapper(words, byField);
    }

    /** Each phrase of question_forms.txt, folded, becomes the one term {@link #QUESTION_FORM}. */
    private SynonymMap parseQuestionForms() throws IOException {
        SynonymMap.Builder forms = new SynonymMap.Builder(true);
        CharsRef marker = new CharsRef(QUESTION_FORM);
        try (BufferedReader lines = new BufferedReader(reader(QUESTION_FORMS))) {
            for (String line : lines.lines().map(String::strip).toList()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    forms.add(
                            SynonymMap.Builder.join(fold(line).toArray(String[]::new), new CharsRefBuilder()),
                            marker,
                            false);
                }
            }
        }
        return forms.build();
    }

    private SynonymMap parseSynonyms() throws IOException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, folding);
        try (Reader reader = new StringReader(everydaySynonyms())) {
            parser.parse(reader);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    /** Sections 1 and 2 of synonyms.txt: everyday terms, abbreviations, English. */
    private static String everydaySynonyms() throws IOException {
        StringBuilder kept = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(reader(SYNONYMS))) {
            for (String line : lines.lines().toList()) {
                if (line.startsWith(OLD_NAMES_SECTION)) {
                    break;
                }
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    /**
     * Every folded word of a synonym that has several words (an equivalence outputs all its terms). The stop filter
     * comes after the synonyms: removing a word of such a phrase would break the phrase apart (Lucene's graph of a
     * question then loses the synonym), so these are never stop words. A one-word synonym may be one.
     */
    private static List<String> wordsOf(SynonymMap map) {
        List<String> words = new ArrayList<>();
        BytesRef output = new BytesRef();
        String separator = String.valueOf(SynonymMap.WORD_SEPARATOR);
        for (int ord = 0; ord < map.words.size(); ord++) {
            String phrase = map.words.get(ord, output).utf8ToString();
            if (phrase.contains(separator)) {
                words.addAll(List.of(phrase.split(separator)));
            }
        }
        return words;
    }

    static Reader reader(String resource) throws IOException {
        InputStream in = new ClassPathResource(resource).getInputStream();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Tokens folded by ICU: how synonyms and stop words are read, so they meet the text as the index has it. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ICUFoldingFilter(source));
        }
    }

    /**
     * Folded words without stop words; for a question, first without its question forms and then with the synonyms.
     * Each synonym filter gets a plain stream (the question forms become one term each, which the first stop filter
     * drops), as Lucene's SynonymGraphFilter requires.
     */
    private final class WordsAnalyzer extends Analyzer {

        private final boolean question;
        private final boolean withSynonyms;

        WordsAnalyzer(boolean question, boolean withSynonyms) {
            this.question = question;
            this.withSynonyms = withSynonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ICUFoldingFilter(source);
            if (question) {
                stream = withoutQuestionForms(stream);
            }
            if (withSynonyms) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(source, new StopFilter(stream, stopWords));
        }
    }

    private TokenStream withoutQuestionForms(TokenStream folded) {
        return new StopFilter(
                new SynonymGraphFilter(folded, questionForms, true), new CharArraySet(List.of(QUESTION_FORM), false));
    }

    /**
     * Folded syllable pairs ("khai sinh"), stop words included ("nước ngoài" is a pair of two stop words); a
     * question's without its question forms (a pair across the gap they leave has a filler and matches nothing).
     */
    private final class PairsAnalyzer extends Analyzer {

        private final boolean question;

        PairsAnalyzer(boolean question) {
            this.question = question;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream folded = new ICUFoldingFilter(source);
            ShingleFilter pairs = new ShingleFilter(question ? withoutQuestionForms(folded) : folded, 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(source, pairs);
        }
    }
}
