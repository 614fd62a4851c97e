/**
 * Official documents as PDF: composed in the Vietnamese administrative layout, signed by the issuing unit
 * with a PAdES signature, and checked again when someone brings a signed file back.
 */
@ApplicationModule(displayName = "Documents and signatures")
package org.opencity.document;

import org.springframework.modulith.ApplicationModule;
