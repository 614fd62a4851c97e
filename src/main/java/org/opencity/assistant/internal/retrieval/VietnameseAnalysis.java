package org.opencity.assistant.internal.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

    private final Analyzer folding = new FoldingAnalyzer();
    private final SynonymMap synonyms;
    private final CharArraySet stopWords;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    VietnameseAnalysis() {
        try {
            synonyms = parseSynonyms();
            stopWords = StopWords.load(this::fold, wordsOf(synonyms));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the assistant's synonyms or stop words", e);
        }
        indexAnalyzer = perField(new WordsAnalyzer(null));
        queryAnalyzer = perField(new WordsAnalyzer(synonyms));
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
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = folding.tokenStream("", text)) {
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

    private Analyzer perField(Analyzer words) {
        Map<String, Analyzer> byField = new HashMap<>();
        Analyzer pairs = new PairsAnalyzer();
        for (KnowledgeField field : KnowledgeField.values()) {
            byField.put(field.pairs(), pairs);
        }
        byField.put(KnowledgeField.ENGLISH.words(), new EnglishAnalyzer());
        return new PerFieldAnalyzerWrapper(words, byField);
    }

    private SynonymMap parseSynonyms() throws IOException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, folding);
        try (Reader reader = reader(SYNONYMS)) {
            parser.parse(reader);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every folded word a synonym can put into a question (its outputs; an equivalence outputs all its terms). The
     * stop filter comes after the synonyms: removing one of these would break a multi-word synonym in two.
     */
    private static List<String> wordsOf(SynonymMap map) {
        List<String> words = new ArrayList<>();
        BytesRef output = new BytesRef();
        for (int ord = 0; ord < map.words.size(); ord++) {
            words.addAll(List.of(
                    map.words.get(ord, output).utf8ToString().split(String.valueOf(SynonymMap.WORD_SEPARATOR))));
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

    /** Folded words, with the synonyms when given (questions), without stop words. */
    private final class WordsAnalyzer extends Analyzer {

        private final SynonymMap withSynonyms;

        WordsAnalyzer(SynonymMap withSynonyms) {
            this.withSynonyms = withSynonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ICUFoldingFilter(source);
            if (withSynonyms != null) {
                stream = new SynonymGraphFilter(stream, withSynonyms, true);
            }
            return new TokenStreamComponents(source, new StopFilter(stream, stopWords));
        }
    }

    /** Folded syllable pairs ("khai sinh"), stop words included: "nước ngoài" is a pair of two stop words. */
    private static final class PairsAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            ShingleFilter pairs = new ShingleFilter(new ICUFoldingFilter(source), 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(source, pairs);
        }
    }
}
