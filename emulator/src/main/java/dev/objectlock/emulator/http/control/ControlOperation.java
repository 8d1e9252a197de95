package dev.objectlock.emulator.http.control;

/** The S3 Control operations the emulator serves: the Batch Operations jobs API ([C.2]). */
public enum ControlOperation {
    CREATE_JOB,
    DESCRIBE_JOB,
    LIST_JOBS,
    UPDATE_JOB_STATUS,
    UPDATE_JOB_PRIORITY,
    PUT_JOB_TAGGING,
    GET_JOB_TAGGING,
    DELETE_JOB_TAGGING
}
