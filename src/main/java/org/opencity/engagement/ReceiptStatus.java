package org.opencity.engagement;

/** What checking a receipt tells: counted, replaced by a later vote of the same person, or not known at all. */
public enum ReceiptStatus {
    COUNTED,
    REPLACED,
    UNKNOWN
}
