package dev.objectlock.emulator.http.control;

import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.body.BodyCheck;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.XmlCodec;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** One S3 Control request as job handlers see it: account, job id, query values, body, and a way to answer. */
public final class ControlExchange {

    /** S3 Control bodies are small documents; a CreateJob with 50 tags is a few KiB. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final Context ctx;
    private final String jobId;
    private final RequestAccess access;

    ControlExchange(Context ctx, String jobId, RequestAccess access) {
        this.ctx = ctx;
        this.jobId = jobId;
        this.access = access;
    }

    /** What the caller may do; the service asks it about what the body and the job decide ([P90]). */
    public RequestAccess access() {
        return access;
    }

    /** The {@code x-amz-account-id} header as sent (null when absent): the service judges it. */
    public String accountId() {
        return ctx.header(ControlRoutes.ACCOUNT_ID_HEADER);
    }

    /** The {@code {id}} of {@code /v20180820/jobs/{id}...}, decoded. */
    public String jobId() {
        return jobId;
    }

    /** A query parameter's first value; null when absent. */
    public String query(String name) {
        List<String> values = ctx.queryParamMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a repeated query parameter ({@code jobStatuses=A&jobStatuses=B}), in order. */
    public List<String> queryValues(String name) {
        List<String> values = ctx.queryParamMap().get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Reads the XML body into a record; an empty, malformed or foreign document is MalformedXML. */
    public <T> T xmlBody(Class<T> type) {
        byte[] body;
        try {
            BodyCheck check = ctx.attribute(BodyCheck.ATTRIBUTE);
            body = SmallPayloads.read(
                    RequestPayloads.open(
                            ctx.req().getInputStream(), ctx::header, check == null ? BodyCheck.NONE : check),
                    MAX_BODY_BYTES);
        } catch (IOException e) {
            throw S3Exception.of(S3ErrorCode.INCOMPLETE_BODY);
        }
        return XmlCodec.read(body, type);
    }

    public void xml(Object record) {
        ctx.status(200).contentType("application/xml");
        ctx.result(XmlCodec.write(record));
    }

    public void empty(int status) {
        ctx.status(status);
        ctx.res().setContentLength(0);
        ctx.res().setContentType(null);
    }
}
