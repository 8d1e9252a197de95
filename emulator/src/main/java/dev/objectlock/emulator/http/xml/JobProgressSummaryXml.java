package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** {@code ProgressSummary} of DescribeJob and ListJobs (botocore-s3c JobProgressSummary with JobTimers). */
@S3ControlXml
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"TotalNumberOfTasks", "NumberOfTasksSucceeded", "NumberOfTasksFailed", "Timers"})
public record JobProgressSummaryXml(
        @JacksonXmlProperty(localName = "TotalNumberOfTasks")
        Long totalNumberOfTasks,

        @JacksonXmlProperty(localName = "NumberOfTasksSucceeded")
        Long numberOfTasksSucceeded,

        @JacksonXmlProperty(localName = "NumberOfTasksFailed")
        Long numberOfTasksFailed,

        @JacksonXmlProperty(localName = "Timers") TimersXml timers) {

    /** JobTimers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimersXml(
            @JacksonXmlProperty(localName = "ElapsedTimeInActiveSeconds")
            Long elapsedTimeInActiveSeconds) {}
}
