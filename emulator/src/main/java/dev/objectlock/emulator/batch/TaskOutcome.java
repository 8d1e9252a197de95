package dev.objectlock.emulator.batch;

/** How one task ended: a report row's TaskStatus, HTTP status, error code and result message ([C.7.8]). */
public record TaskOutcome(boolean succeeded, int httpStatus, String errorCode, String resultMessage) {

    public static TaskOutcome success() {
        return new TaskOutcome(true, 200, null, "Successful");
    }

    public static TaskOutcome failure(int httpStatus, String errorCode, String message) {
        return new TaskOutcome(false, httpStatus, errorCode, message);
    }
}
