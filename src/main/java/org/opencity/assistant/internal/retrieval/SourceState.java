package org.opencity.assistant.internal.retrieval;

import java.time.LocalDate;
import org.opencity.assistant.internal.faq.FaqState;

/**
 * What an index was built from: the catalogue and the FAQ as they were, and the day (an FAQ entry starts or stops
 * applying at midnight without any change to the table).
 */
record SourceState(LocalDate day, FaqState faq, CatalogueState catalogue) {}
