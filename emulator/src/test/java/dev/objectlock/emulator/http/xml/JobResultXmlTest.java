package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3ControlNamespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The small S3 Control job responses ([C.3, C.6]; botocore-s3c CreateJobResult,
 * UpdateJobStatusResult, UpdateJobPriorityResult). DescribeJob and ListJobs are rendered from
 * jobs in {@code http.control.JobResultsTest}.
 */
class JobResultXmlTest {

    private static final String JOB_ID = "00e123a4-c0d8-41f4-a0eb-b46f9ba5b07c";

    @Test
    void writesCreateJobResult() {
        assertGolden(new CreateJobResultXml(JOB_ID), "CreateJobResult_jobId");
    }

    @Test
    void writesUpdateJobStatusResult() {
        assertGolden(
                new UpdateJobStatusResultXml(JOB_ID, "Cancelled", "no longer needed"),
                "UpdateJobStatusResult_cancelled");
    }

    @Test
    void writesUpdateJobPriorityResult() {
        assertGolden(new UpdateJobPriorityResultXml(JOB_ID, Integer.MAX_VALUE), "UpdateJobPriorityResult_priority");
    }

    private static void assertGolden(Object record, String golden) {
        String xml = new String(XmlCodec.write(record), StandardCharsets.UTF_8);
        assertSameXml(xml, golden(golden));
        assertS3ControlNamespaced(xml);
    }
}
