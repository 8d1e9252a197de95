package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Grant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Reads the ACL headers a request carries ({@code x-amz-acl}, {@code x-amz-grant-*}) into an {@link AclRequest}. */
public final class AclHeaders {

    public static final String ACL = "x-amz-acl";
    public static final String OBJECT_OWNERSHIP = "x-amz-object-ownership";

    private AclHeaders() {}

    /** The ACL headers, with {@code document} (null for none) as the body's AccessControlPolicy. */
    public static AclRequest read(S3Exchange ex, AclRequest.Document document) {
        Map<Grant.Permission, String> grants = new EnumMap<>(Grant.Permission.class);
        for (Grant.Permission permission : Grant.Permission.values()) {
            String value = ex.header(grantHeader(permission));
            if (value != null) {
                grants.put(permission, value);
            }
        }
        return new AclRequest(ex.header(ACL), grants, document);
    }

    public static AclRequest read(S3Exchange ex) {
        return read(ex, null);
    }

    /** x-amz-grant-read, -write, -read-acp, -write-acp, -full-control. */
    static String grantHeader(Grant.Permission permission) {
        return "x-amz-grant-" + permission.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
