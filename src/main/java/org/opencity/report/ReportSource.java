package org.opencity.report;

public enum ReportSource {
    WEB,
    API,
    OPEN311,
    HOTLINE
}
