/**
 * How the assistant finds what answers a question: Apache Lucene over every procedure of the catalogue and every FAQ
 * entry valid today, in memory on each node.
 * <p>
 * A question is folded (ICU: case, diacritics, "đ"), stripped of its question forms ("… như thế nào", "mất bao lâu"),
 * expanded with the synonyms ("sổ đỏ" also asks for "giấy chứng nhận quyền sử dụng đất", "cmnd" for "căn cước") and
 * rid of its stop words; it is then matched, word by word and syllable pair by syllable pair, against each part of a
 * record with its own weight (BM25), and a short question is also looked for with its typos corrected. Among records
 * that match about as well, ward-level and everyday procedures come first. The confidence is the first score
 * squashed into [0, 1). Figures and choices: {@code bench/assistant/REPORT.md}.
 * <p>
 * Each node builds its index when it starts, rebuilds it once an FAQ change made on it has committed, and looks every
 * minute at the FAQ table and every ten minutes at the catalogue to catch changes made on other nodes
 * ({@code KnowledgeIndexRefresh}).
 */
package org.opencity.assistant.internal.retrieval;
