package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** One {@code <CommonPrefixes><Prefix>..</Prefix></CommonPrefixes>} entry of a listing. */
public record CommonPrefixXml(
        @JacksonXmlProperty(localName = "Prefix") String prefix) {}
