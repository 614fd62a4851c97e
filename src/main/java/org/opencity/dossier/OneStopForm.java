package org.opencity.dossier;

/**
 * The papers of the one-stop process (Circular 01/2018/TT-VPCP, forms 01–05), generated as PDFs from the dossier.
 */
public enum OneStopForm {
    /** Form 01: receipt slip with the date the result is promised for. */
    RECEIPT("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "01"),
    /** Form 02: what the resident must add. */
    SUPPLEMENT("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "02"),
    /** Form 03: refusal to accept the dossier, with the reason. */
    NOT_ACCEPTED("Phiếu từ chối tiếp nhận giải quyết hồ sơ", "03"),
    /** Form 04: apology for a late dossier, with the new date. */
    APOLOGY("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "04"),
    /** Form 05: every hand the dossier passed through, for the officers. */
    CONTROL_SHEET("Phiếu kiểm soát quá trình giải quyết hồ sơ", "05");

    private final String title;
    private final String number;

    OneStopForm(String title, String number) {
        this.title = title;
        this.number = number;
    }

    public String title() {
        return title;
    }

    public String formNumber() {
        return number;
    }

    /** Whether the resident may download it (the control sheet is the officers' own record). */
    public boolean forApplicant() {
        return this != CONTROL_SHEET;
    }
}
