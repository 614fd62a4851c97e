/**
 * The 24/7 virtual assistant: answers residents' questions about procedures and the city's services, grounded in
 * the procedure catalogue and the city's FAQ (retrieval with Apache Lucene), with actions on live data (a dossier's
 * status, which ward a place belongs to) and a hand-over to people. The AI hotline speaks through the same brain.
 */
@ApplicationModule(displayName = "Virtual assistant")
package org.opencity.assistant;

import org.springframework.modulith.ApplicationModule;
