package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;
import dev.objectlock.emulator.domain.service.SmallPayloads;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.TaggingXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.util.List;

/** Put/Get/DeleteObjectTagging. */
public final class TaggingHandlers {

    private final ObjectTaggingService taggingService;

    public TaggingHandlers(ObjectTaggingService taggingService) {
        this.taggingService = taggingService;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectTagging.html */
    public void getObjectTagging(S3Exchange ex) {
        ObjectTaggingService.TagSet tagSet = taggingService.getTags(ex.bucket(), ex.key(), ex.query("versionId"));
        if (tagSet.versionId() != null) {
            ex.responseHeader(S3Headers.VERSION_ID, tagSet.versionId().value());
        }
        ex.xml(TaggingXml.of(tagSet.tags().entrySet().stream()
                .map(e -> new TaggingXml.TagXml(e.getKey(), e.getValue()))
                .toList()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html */
    public void putObjectTagging(S3Exchange ex) {
        byte[] body = SmallPayloads.read(RequestPayloads.open(ex.body(), ex::header, ex.bodyCheck()), 1 << 20);
        TaggingXml tagging = XmlCodec.read(body, TaggingXml.class);
        List<Tag> tags =
                tagging.tags().stream().map(t -> new Tag(t.key(), t.value())).toList();
        VersionId id = taggingService.putTags(ex.bucket(), ex.key(), ex.query("versionId"), tags);
        if (id != null) {
            ex.responseHeader(S3Headers.VERSION_ID, id.value());
        }
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjectTagging.html */
    public void deleteObjectTagging(S3Exchange ex) {
        VersionId id = taggingService.deleteTags(ex.bucket(), ex.key(), ex.query("versionId"));
        if (id != null) {
            ex.responseHeader(S3Headers.VERSION_ID, id.value());
        }
        ex.empty(204);
    }
}
