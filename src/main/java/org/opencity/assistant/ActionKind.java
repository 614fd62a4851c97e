package org.opencity.assistant;

/** What an offered action does. */
public enum ActionKind {
    /** Apply online for the procedure the answer is about. */
    START_DOSSIER,
    /** Report a problem in public space. */
    START_REPORT,
    /** Look up a dossier's status by receipt code and the phone's last four digits. */
    DOSSIER_STATUS,
    /** Open a ward's page: its public-service centre, former names and boundary. */
    WARD,
    /** The signed-in resident's dossiers. */
    MY_DOSSIERS,
    /** The signed-in resident's reports. */
    MY_REPORTS,
    /** Sign in first (for “my dossiers” and “my reports”). */
    SIGN_IN,
    /** Ask for a person to take over the conversation. */
    TALK_TO_PERSON
}
