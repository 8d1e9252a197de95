package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** An S3 Control tag ({@code S3Tag}: Key, Value), a member of a job's Tags or an operation's TagSet. */
@S3ControlXml
@JsonPropertyOrder({"Key", "Value"})
public record S3TagXml(
        @JacksonXmlProperty(localName = "Key") String key,
        @JacksonXmlProperty(localName = "Value") String value) {}
