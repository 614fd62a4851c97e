package org.opencity.procedure;

public enum FormFieldType {
    TEXT,
    DATE,
    NUMBER,
    SELECT
}
