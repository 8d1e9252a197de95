package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** {@code <Owner>}: recent AWS responses carry only the canonical ID. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OwnerXml(
        @JacksonXmlProperty(localName = "ID") String id,
        @JacksonXmlProperty(localName = "DisplayName") String displayName) {}
