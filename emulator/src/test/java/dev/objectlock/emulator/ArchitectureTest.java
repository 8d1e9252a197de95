package dev.objectlock.emulator;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobPage;
import dev.objectlock.emulator.batch.JobReport;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.batch.manifest.ManifestJson;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.rules.RangeRules;
import dev.objectlock.emulator.http.auth.ChunkSignatureVerifier;
import dev.objectlock.emulator.http.auth.JavalinAuthRequests;
import dev.objectlock.emulator.http.body.ChunkSignatureListener;
import dev.objectlock.emulator.http.xml.LifecycleConfigurationReader;
import dev.objectlock.emulator.http.xml.ObjectLockConfigurationXml;
import dev.objectlock.emulator.http.xml.ReplicationConfigurationReader;
import dev.objectlock.emulator.http.xml.XmlCodec;
import dev.objectlock.emulator.http.xml.XmlShape;
import dev.objectlock.emulator.http.xml.XmlTrees;
import dev.objectlock.emulator.storage.jdbc.JsonColumns;
import dev.objectlock.emulator.time.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The emulator's layering (ARCHITECTURE.md "Inside the emulator", ARCHITECTURE.md, layers) as executable
 * rules, modelled on S3Mock's ArchitectureTest: requests flow protocol -> domain -> storage,
 * nothing below reaches back up, and only the composition root knows every layer. Every rule
 * says why; every exception is named with its reason.
 *
 * <p>Rules are {@code @ArchTest} methods rather than fields: Surefire's {@code -Dtest=...} filter
 * silently skips field rules (0 tests run), so a focused run would prove nothing.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "dev.objectlock.emulator";

    private static final String JDK = "java..";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String MODEL = ROOT + ".domain.model..";
    private static final String RULES = ROOT + ".domain.rules..";
    private static final String SERVICE = ROOT + ".domain.service..";
    private static final String PORT = ROOT + ".domain.port..";
    private static final String ERROR = ROOT + ".domain.error..";
    private static final String CHECKSUM = ROOT + ".domain.checksum..";
    private static final String ACCESS = ROOT + ".domain.access..";
    private static final String AUTHORIZATION = ROOT + ".domain.authorization..";
    /** The three classes of domain.access that read JSON (ConditionJson is package-private, so by name). */
    private static final String ACCESS_JSON_READER =
            "dev\\.objectlock\\.emulator\\.domain\\.access\\.(PolicyJson|ConditionJson|IdentitiesJson)(\\$.*)?";

    private static final String HTTP = ROOT + ".http..";
    private static final String HTTP_XML = ROOT + ".http.xml..";
    private static final String HTTP_ADMIN = ROOT + ".http.admin..";
    private static final String HTTP_AUTH = ROOT + ".http.auth..";
    private static final String HTTP_BODY = ROOT + ".http.body..";
    private static final String STORAGE = ROOT + ".storage..";
    private static final String TIME = ROOT + ".time..";
    private static final String JOBS = ROOT + ".jobs..";
    private static final String BATCH = ROOT + ".batch..";
    private static final String BATCH_PORT = ROOT + ".batch.port..";
    private static final String REPLICATION = ROOT + ".replication..";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final DescribedPredicate<JavaClass> JOB_VALUE = DescribedPredicate.describe(
            "are job values (records, enums, interfaces)", c -> c.isRecord() || c.isEnum() || c.isInterface());
    private static final DescribedPredicate<JavaClass> BATCH_VALUE =
            resideInAnyPackage(ROOT + ".batch").and(JOB_VALUE).as("are job values of the batch package");

    // ---------------------------------------------------------------------------------------
    // The domain: JDK only, layered model/error/checksum <- rules <- service, ports beside
    // ---------------------------------------------------------------------------------------

    @ArchTest
    static void modelDependsOnTheJdkOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(MODEL)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, MODEL, CHECKSUM)
                .because(
                        "the model is immutable records and enums every layer shares (ARCHITECTURE.md layers, domain.model: "
                                + "java.time only, no Javalin, Jackson or JDBC); a stored Checksum names its ChecksumAlgorithm, "
                                + "itself a JDK-only value")
                .check(emulator);
    }

    @ArchTest
    static void errorDependsOnTheJdkOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(ERROR)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, ERROR)
                .because("S3ErrorCode and S3Exception are the error vocabulary of every layer and must not "
                        + "drag any layer or framework along (ARCHITECTURE.md layers, domain.error: JDK only)")
                .check(emulator);
    }

    @ArchTest
    static void checksumDependsOnTheJdkOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(CHECKSUM)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, CHECKSUM)
                .because("checksums are pure computations over bytes, usable from the protocol and the domain alike")
                .check(emulator);
    }

    @ArchTest
    static void rulesDependOnModelErrorAndChecksumOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(RULES)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, RULES, MODEL, ERROR, CHECKSUM)
                .because("rules are pure decisions over model values that take 'Instant now' as an argument "
                        + "and return a decision or throw S3Exception (ARCHITECTURE.md layers, domain.rules); the checksum "
                        + "hashers are a JDK-only leaf like the model (MultipartRules derives multipart ETags "
                        + "and composite checksums with them)")
                .check(emulator);
    }

    @ArchTest
    static void portsDependOnModelOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(PORT)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, PORT, MODEL)
                .because("ports are interfaces shaped by the domain, not by SQL (ARCHITECTURE.md layers, domain.port)")
                .check(emulator);
    }

    @ArchTest
    static void servicesDependOnTheDomainOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(SERVICE)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, SERVICE, MODEL, RULES, PORT, ERROR, CHECKSUM, ACCESS, AUTHORIZATION)
                .because("services orchestrate use cases through ports and rules and read the injected "
                        + "java.time.Clock (ARCHITECTURE.md layers, domain.service); storage and protocol are plugged in by the root. "
                        + "domain.access is domain too: its policy reader and validator are the rules of the "
                        + "bucket policy API. Services ask authorisation (RequestAccess) about the rows of the "
                        + "operation table whose keys only they know: a retention or legal hold from the body, "
                        + "each DeleteObjects entry")
                .check(emulator);
    }

    @ArchTest
    static void accessDependsOnTheJdkModelAndErrorOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(ACCESS)
                .and()
                .haveNameNotMatching(ACCESS_JSON_READER)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, ACCESS, MODEL, ERROR)
                .because("identities, policies and the evaluator are pure decisions over values, like the rules "
                        + "(ARCHITECTURE.md authorisation: the evaluator is a pure function of principal, action, "
                        + "resource, condition context and policies); time arrives as aws:CurrentTime in the "
                        + "context, and Object Lock stays ObjectLockPolicy's business")
                .check(emulator);
    }

    @ArchTest
    static void authorizationUsesTheDomainOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(AUTHORIZATION)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, AUTHORIZATION, ACCESS, MODEL, ERROR, PORT, RULES)
                .because("authorisation turns an operation into the actions, resources and condition keys the "
                        + "evaluator judges ([P.6]) and holds the identities that switch secured mode on (issue "
                        + "12); it reads buckets and bucket policies through ports and applies ObjectLockPolicy's "
                        + "bypass-header check in the order of [P47], and knows no HTTP: the protocol hands it "
                        + "typed facts, the services what only they know")
                .check(emulator);
    }

    @ArchTest
    static void accessJsonReadersAddOnlyJacksonDatabind(JavaClasses emulator) {
        classes()
                .that()
                .haveNameMatching(ACCESS_JSON_READER)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        JDK, ACCESS, MODEL, ERROR, "com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..")
                .because("known exception to the JDK-only domain: policy and identities documents are JSON, read "
                        + "with Jackson databind (issue 12: \"Jackson reads the JSON\") through a tree so that each "
                        + "fault is named by its path; only PolicyJson, ConditionJson and IdentitiesJson do so, and "
                        + "the model and evaluator they feed stay JDK-only")
                .check(emulator);
    }

    @ArchTest
    static void domainNeverDependsOnOuterLayersOrFrameworks(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .and()
                .haveNameNotMatching(ACCESS_JSON_READER)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        HTTP,
                        STORAGE,
                        TIME,
                        JOBS,
                        BATCH,
                        REPLICATION,
                        "io.javalin..",
                        "org.eclipse.jetty..",
                        JACKSON,
                        "java.sql..",
                        "javax.sql..",
                        "org.h2..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .because("requests flow protocol -> domain -> storage and nothing below reaches back up "
                        + "(ARCHITECTURE.md); the domain sees storage only through ports and time only as an injected Clock. "
                        + "Known exception: the domain.access JSON readers use Jackson (rule above), nothing else")
                .check(emulator);
    }

    // ---------------------------------------------------------------------------------------
    // The protocol
    // ---------------------------------------------------------------------------------------

    @ArchTest
    static void httpNeverDependsOnStorageOrTheRoot(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAPackage(HTTP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(STORAGE, JOBS, PORT)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .because("handlers parse, make one service call and render (ARCHITECTURE.md layers, http, S3Mock's "
                        + "controllersMayNotAccessStoreDirect); repositories are the services' business")
                .check(emulator);
    }

    @ArchTest
    static void httpUsesOnlyTheBatchJobsApi(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAPackage(HTTP)
                .should()
                .dependOnClassesThat(resideInAnyPackage(BATCH)
                        .and(not(belongToAnyOf(
                                BatchJobService.class,
                                JobRequest.class,
                                BatchJob.class,
                                JobPage.class,
                                JobStatus.class,
                                JobOperation.class,
                                JobManifest.class,
                                JobManifestGenerator.class,
                                JobReport.class))))
                .because("the S3 Control handlers make one BatchJobService call with the request's values and "
                        + "render the job it answers ([C.2]); how jobs run (manifest readers, task executors, "
                        + "the state machine) is the batch package's business, as storage is the services'")
                .check(emulator);
    }

    @ArchTest
    static void httpAppliesNoDomainRulesItself(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAPackage(HTTP)
                .should()
                .dependOnClassesThat(resideInAnyPackage(RULES).and(not(equivalentTo(RangeRules.Resolved.class))))
                .because(
                        "S3 rules live in the domain and the service owns their order (the house rules in CONTRIBUTING.md). "
                                + "Known exception: RangeRules.Resolved, a plain value ObjectService returns in "
                                + "ObjectRead and the GET handler renders as Content-Range")
                .check(emulator);
    }

    @ArchTest
    static void xmlRecordsDependOnJacksonAndModelOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(HTTP_XML)
                .and()
                .doNotBelongToAnyOf(
                        XmlCodec.class,
                        XmlShape.class,
                        XmlTrees.class,
                        ObjectLockConfigurationXml.class,
                        LifecycleConfigurationReader.class,
                        ReplicationConfigurationReader.class)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, JACKSON, HTTP_XML, MODEL, CHECKSUM)
                .because("http.xml holds one record per wire element plus its mapping to domain types, and "
                        + "depends on domain.model and Jackson only (ARCHITECTURE.md layers, http.xml); ChecksumAlgorithm counts "
                        + "as a model value, since a model Checksum names one")
                .check(emulator);
    }

    @ArchTest
    static void objectLockConfigurationXmlReadsThroughATree(JavaClasses emulator) {
        classes()
                .that()
                .belongToAnyOf(ObjectLockConfigurationXml.class)
                .should()
                .onlyDependOnClassesThat(
                        resideInAnyPackage(JDK, JACKSON, HTTP_XML, MODEL).or(equivalentTo(S3Exception.class)))
                .because("parse() reads the body as a tree, to tell an empty <Rule/> from a missing one "
                        + "([R16]), and returns the model's ObjectLockConfigurationRequest; like XmlCodec it may "
                        + "raise MalformedXML, and nothing else")
                .check(emulator);
    }

    @ArchTest
    static void xmlCodecAddsOnlyStaxAndMalformedXml(JavaClasses emulator) {
        classes()
                .that()
                .belongToAnyOf(XmlCodec.class)
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(JDK, "javax.xml.stream..", JACKSON, HTTP_XML, MODEL)
                        .or(equivalentTo(S3Exception.class)))
                .because("the one XmlMapper reads request bodies through StAX (the API Jackson XML is built on). "
                        + "Known exception: XmlCodec raises S3Exception MalformedXML itself, so every handler maps "
                        + "a body that does not match its schema to the same S3 error")
                .check(emulator);
    }

    @ArchTest
    static void adminNeverTouchesStorageOrTheRoot(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAPackage(HTTP_ADMIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(STORAGE, SERVICE, PORT)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .because("the /_emulator/ control plane works through the small EmulatorControl interface, "
                        + "never on storage classes (ARCHITECTURE.md layers, http.admin)")
                .check(emulator);
    }

    @ArchTest
    static void authDependsOnErrorAndTheJdkOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(HTTP_AUTH)
                .and()
                .doNotBelongToAnyOf(JavalinAuthRequests.class, ChunkSignatureVerifier.class)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, "javax.crypto..", HTTP_AUTH, ERROR)
                .because("the SigV4 verifier is pure computation over a request view (AuthRequest) and a "
                        + "CredentialStore it is given: it answers S3Exceptions and an opaque principal, so it "
                        + "can be tested without a server and never reaches identities, policies, services or "
                        + "storage (ARCHITECTURE.md: http.auth verifies, domain.access authorises)")
                .check(emulator);
    }

    @ArchTest
    static void chunkSignatureVerifierAddsOnlyTheDecodersListener(JavaClasses emulator) {
        classes()
                .that()
                .belongToAnyOf(ChunkSignatureVerifier.class)
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(JDK, HTTP_AUTH, ERROR)
                        .or(belongToAnyOf(ChunkSignatureListener.class, ChunkSignatureListener.Trailer.class)))
                .because("known exception: the chunk verifier plugs into the aws-chunked decoder through the "
                        + "listener interface the decoder defines, and through nothing else of http.body")
                .check(emulator);
    }

    @ArchTest
    static void onlyJavalinAuthRequestsReadsJavalinForAuthentication(JavaClasses emulator) {
        classes()
                .that()
                .belongToAnyOf(JavalinAuthRequests.class)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, HTTP_AUTH, "io.javalin.http..", "jakarta.servlet..")
                .because("known exception: one adapter turns a Javalin request into the AuthRequest view, so "
                        + "the verifier itself stays free of the web framework")
                .check(emulator);
    }

    @ArchTest
    static void bodyDecodingKnowsNothingOfSignatures(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAPackage(HTTP_BODY)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(HTTP_AUTH)
                .because("the aws-chunked decoder only frames bytes; it reports chunks to a ChunkSignatureListener "
                        + "and whoever checks signatures implements it ([P.2.4]: the signature chain is "
                        + "authentication's business)")
                .check(emulator);
    }

    // ---------------------------------------------------------------------------------------
    // Storage, time, background work
    // ---------------------------------------------------------------------------------------

    @ArchTest
    static void storageNeverDependsOnProtocolOrServices(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAPackage(STORAGE)
                .should()
                .dependOnClassesThat(
                        resideInAnyPackage(HTTP, SERVICE, RULES, JOBS, "io.javalin..", "org.eclipse.jetty..")
                                .or(resideInAnyPackage(BATCH)
                                        .and(not(resideInAnyPackage(BATCH_PORT)))
                                        .and(not(BATCH_VALUE))))
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .because("storage implements the ports and stores and loads; it never decides (CONTRIBUTING.md "
                        + "storage and pitfall 3) and never reaches up into services or the protocol. Known "
                        + "exception: the batch layer's own port (batch.port, JobRepository and the JobRecord it "
                        + "stores) and the job values it carries (JobStatus, the column ListJobs filters on, and "
                        + "the records the stored document is made of); never the engine itself")
                .check(emulator);
    }

    @ArchTest
    static void storageDependsOnJdbcAndTheDomainTypesOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(STORAGE)
                .and()
                .doNotBelongToAnyOf(JsonColumns.class)
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(
                                JDK, "javax.sql..", STORAGE, MODEL, PORT, CHECKSUM, "org.slf4j..", BATCH_PORT)
                        .or(BATCH_VALUE))
                .because("storage is plain JDBC implementing the ports (ARCHITECTURE.md layers, storage: domain.model, "
                        + "domain.port and java.sql); SLF4J, because a start-up sweep of orphaned blobs says "
                        + "what it removed; batch.port and the job values it carries (records, enums, "
                        + "interfaces), because the batch jobs' repository is a port of the batch layer the way "
                        + "the others are ports of the domain")
                .check(emulator);
    }

    @ArchTest
    static void jsonColumnsAddOnlyJackson(JavaClasses emulator) {
        classes()
                .that()
                .belongToAnyOf(JsonColumns.class)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        JDK,
                        "javax.sql..",
                        STORAGE,
                        MODEL,
                        PORT,
                        CHECKSUM,
                        "com.fasterxml.jackson.core..",
                        "com.fasterxml.jackson.databind..",
                        "com.fasterxml.jackson.annotation..",
                        "com.fasterxml.jackson.datatype.jsr310..")
                .because("plain JDBC, plus one known exception: user metadata, tags and whole batch jobs are "
                        + "stored as JSON columns, written and read with Jackson databind in JsonColumns (its "
                        + "annotation enums name how a job's operation records its type; jsr310 writes Instants)")
                .check(emulator);
    }

    @ArchTest
    static void timeDependsOnTheJdkOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(TIME)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, TIME)
                .because(
                        "MutableClock is a java.time.Clock that any layer may be given (ARCHITECTURE.md layers, time: JDK only)")
                .check(emulator);
    }

    @ArchTest
    static void backgroundWorkNeverDependsOnTheProtocol(JavaClasses emulator) {
        noClasses()
                .that()
                .resideInAnyPackage(JOBS, BATCH)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(HTTP)
                .because(
                        "jobs and batch tasks go through the same domain services an API call uses, so a task "
                                + "obeys every lock rule an API call obeys (ARCHITECTURE.md batch, ARCHITECTURE.md layers, jobs)")
                .allowEmptyShould(true)
                .check(emulator);
    }

    @ArchTest
    static void replicationGoesThroughTheDomainOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(REPLICATION)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, REPLICATION, MODEL, PORT, SERVICE, AUTHORIZATION, "org.slf4j..")
                .because("the engine writes replicas through a domain service under the destination's row lock, "
                        + "as every write is made, so Object Lock binds a replica as it binds any version; it "
                        + "sees its tasks only through a port and never the protocol; authorization, because it acts "
                        + "as the configuration's Role as a batch job acts as its role (ARCHITECTURE.md layers, "
                        + "replication)")
                .check(emulator);
    }

    // ---------------------------------------------------------------------------------------
    // Batch Operations
    // ---------------------------------------------------------------------------------------

    @ArchTest
    static void batchUsesTheDomainAndItsOwnPortOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(BATCH)
                .and()
                .doNotBelongToAnyOf(ManifestJson.class)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        JDK, BATCH, SERVICE, MODEL, ERROR, PORT, RULES, CHECKSUM, AUTHORIZATION, "org.slf4j..")
                .because("a task goes through the same domain service an API call uses, so it obeys every lock "
                        + "rule the call obeys (ARCHITECTURE.md batch); jobs are stored through the batch layer's own "
                        + "port, never storage classes; rules, because CreateJob checks a retention with the "
                        + "API's own body parsing (LockRequestRules); checksum, a JDK-only leaf like the model, "
                        + "because a copy job names the ChecksumAlgorithm CopyObject takes; authorization, because "
                        + "every step of a job acts as its role through the same operation table and evaluator "
                        + "as an API call ([P79])")
                .check(emulator);
    }

    @ArchTest
    static void manifestJsonAddsOnlyJacksonDatabind(JavaClasses emulator) {
        classes()
                .that()
                .belongToAnyOf(ManifestJson.class)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(JDK, BATCH, "com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..")
                .because("known exception to the batch rule: inventory manifest.json files are read, and generated "
                        + "manifests written, as JSON with Jackson databind, and only ManifestJson does so")
                .check(emulator);
    }

    @ArchTest
    static void batchEngineClassesAreFreeOfCycles(JavaClasses emulator) {
        slices().assignedFrom(TOP_LEVEL_BATCH_CLASSES)
                .should()
                .beFreeOfCycles()
                .because("each part of the engine has one job and is handed what it needs: the runner schedules "
                        + "and calls the execution, which never calls back (it answers whether a job is to be "
                        + "queued again and is handed the check for a reset); what both remember of a job "
                        + "lives in PreparedJobs, and the status decisions in JobStateMachine")
                .check(emulator);
    }

    /** One slice per top-level class of the batch package itself (nested classes count as their outer class). */
    private static final SliceAssignment TOP_LEVEL_BATCH_CLASSES = new SliceAssignment() {
        @Override
        public String getDescription() {
            return "the classes of " + ROOT + ".batch";
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getPackageName().equals(ROOT + ".batch")) {
                return SliceIdentifier.ignore();
            }
            String name =
                    javaClass.getName().substring(javaClass.getPackageName().length() + 1);
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }
    };

    @ArchTest
    static void batchPortCarriesValuesOnly(JavaClasses emulator) {
        classes()
                .that()
                .resideInAPackage(BATCH_PORT)
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(JDK, BATCH_PORT, MODEL)
                        .or(resideInAnyPackage(ROOT + ".batch").and(JOB_VALUE)))
                .because("the job repository stores and loads job values (records, enums and the sealed "
                        + "operation interface of the batch package, as domain.port does with domain.model); "
                        + "storage implements it and must never be handed the engine through it")
                .check(emulator);
    }

    // ---------------------------------------------------------------------------------------
    // The composition root
    // ---------------------------------------------------------------------------------------

    @ArchTest
    static void nothingDependsOnTheCompositionRoot(JavaClasses emulator) {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .because("ObjectLockEmulator, Main and EmulatorConfig, with the pieces they wire (EmulatorStorage, "
                        + "EmulatorServices, EmulatorRoutes, AdminControl), know every layer; nothing may depend "
                        + "on them except the other modules (ARCHITECTURE.md layers, root)")
                .check(emulator);
    }

    @ArchTest
    static void onlyTheRootWiresStorage(JavaClasses emulator) {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT, STORAGE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(STORAGE)
                .because("only the composition root knows which implementation stands behind a port (ARCHITECTURE.md)")
                .check(emulator);
    }

    @ArchTest
    static void onlyEmulatorStorageOpensH2(JavaClasses emulator) {
        noClasses()
                .that()
                .doNotBelongToAnyOf(EmulatorStorage.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.h2..")
                .because("everything else sees a javax.sql.DataSource or the ports: which database stands behind "
                        + "them, in memory or in files, is decided in one place")
                .check(emulator);
    }

    @ArchTest
    static void onlyTheRootKnowsTheProtocol(JavaClasses emulator) {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT, HTTP)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(HTTP)
                .because("the protocol is the outermost layer; only the composition root starts it (ARCHITECTURE.md)")
                .check(emulator);
    }

    // ---------------------------------------------------------------------------------------
    // Time and cycles
    // ---------------------------------------------------------------------------------------

    @ArchTest
    static void nobodyReadsTheWallClock(JavaClasses emulator) {
        noClasses()
                .that()
                .doNotBelongToAnyOf(MutableClock.class, EmulatorRoutes.class)
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callConstructor(Date.class)
                .because("tests move the emulator's clock to expire a one-year retention in a millisecond; services "
                        + "read the injected Clock once per request and pass 'now' down (the house rules in CONTRIBUTING.md). "
                        + "Known exceptions: MutableClock itself, whose base is the system clock, and EmulatorRoutes, "
                        + "which gives request authentication the real clock: clients sign with their own real time, "
                        + "so freshness and presigned expiry must never follow a moved emulator clock ([P2])")
                .check(emulator);
    }

    @ArchTest
    static void layersAreFreeOfCycles(JavaClasses emulator) {
        slices().matching(ROOT + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("requests flow one way: protocol -> domain -> storage (ARCHITECTURE.md)")
                .check(emulator);
    }

    @ArchTest
    static void domainPackagesAreFreeOfCycles(JavaClasses emulator) {
        slices().matching(ROOT + ".domain.(*)..")
                .should()
                .beFreeOfCycles()
                .because("model, error and checksum are leaves; rules build on them and services on everything")
                .check(emulator);
    }
}
