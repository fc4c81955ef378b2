package dev.incidentconsole.bundle.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files byte by byte, so that a test can build what no zip library would: lying sizes, symlinks,
 * duplicate names, names that are not UTF-8, headers that disagree. Entries are honest until a test changes them.
 */
final class RawZip {

    /** One entry; every field is what goes into the headers, not what is true. */
    static final class Entry {
        byte[] name;
        byte[] localName;
        byte[] data;
        int method;
        int flags = 1 << 11;
        long crc;
        long compressedSize;
        long size;
        int versionMadeBy = 20;
        long externalAttributes;
        byte[] centralExtra = new byte[0];
        Long localHeaderOffset;

        Entry unixMode(int mode) {
            versionMadeBy = (3 << 8) | 20;
            externalAttributes = ((long) mode) << 16;
            return this;
        }

        Entry declaredSize(long bytes) {
            size = bytes;
            return this;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private boolean zip64;
    private Long declaredCount;

    Entry stored(String name, byte[] content) {
        return add(name.getBytes(StandardCharsets.UTF_8), content, 0, content);
    }

    Entry deflated(String name, byte[] content) {
        return add(name.getBytes(StandardCharsets.UTF_8), content, 8, deflate(content));
    }

    Entry add(byte[] name, byte[] content, int method, byte[] data) {
        Entry entry = new Entry();
        entry.name = name;
        entry.localName = name;
        entry.data = data;
        entry.method = method;
        entry.crc = crc(content);
        entry.compressedSize = data.length;
        entry.size = content.length;
        entries.add(entry);
        return entry;
    }

    /** Writes every size and offset through ZIP64 fields and end records. */
    RawZip zip64() {
        zip64 = true;
        return this;
    }

    RawZip declaredCount(long count) {
        declaredCount = count;
        return this;
    }

    byte[] build() {
        Bytes out = new Bytes();
        List<Long> offsets = new ArrayList<>();
        for (Entry e : entries) {
            offsets.add(e.localHeaderOffset != null ? e.localHeaderOffset : out.size());
            out.i32(0x04034b50).i16(zip64 ? 45 : 20).i16(e.flags).i16(e.method).i16(0).i16(0x21).i32(e.crc);
            out.i32(zip64 ? 0xFFFFFFFFL : e.compressedSize).i32(zip64 ? 0xFFFFFFFFL : e.size);
            out.i16(e.localName.length).i16(zip64 ? 20 : 0).raw(e.localName);
            if (zip64) {
                out.i16(1).i16(16).i64(e.size).i64(e.compressedSize);
            }
            out.raw(e.data);
        }
        long directoryOffset = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] zip64Field = zip64 ? new Bytes().i16(1).i16(24).i64(e.size).i64(e.compressedSize)
                    .i64(offsets.get(i)).toByteArray() : new byte[0];
            out.i32(0x02014b50).i16(e.versionMadeBy).i16(zip64 ? 45 : 20).i16(e.flags).i16(e.method).i16(0)
                    .i16(0x21).i32(e.crc).i32(zip64 ? 0xFFFFFFFFL : e.compressedSize)
                    .i32(zip64 ? 0xFFFFFFFFL : e.size).i16(e.name.length)
                    .i16(zip64Field.length + e.centralExtra.length).i16(0).i16(0).i16(0).i32(e.externalAttributes)
                    .i32(zip64 ? 0xFFFFFFFFL : offsets.get(i)).raw(e.name).raw(zip64Field).raw(e.centralExtra);
        }
        long directorySize = out.size() - directoryOffset;
        long count = declaredCount != null ? declaredCount : entries.size();
        if (zip64) {
            long zip64End = out.size();
            out.i32(0x06064b50).i64(44).i16(45).i16(45).i32(0).i32(0).i64(count).i64(count).i64(directorySize)
                    .i64(directoryOffset);
            out.i32(0x07064b50).i32(0).i64(zip64End).i32(1);
        }
        out.i32(0x06054b50).i16(0).i16(0).i16(zip64 ? 0xFFFF : count).i16(zip64 ? 0xFFFF : count)
                .i32(zip64 ? 0xFFFFFFFFL : directorySize).i32(zip64 ? 0xFFFFFFFFL : directoryOffset).i16(0);
        return out.toByteArray();
    }

    static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    /** Little-endian writes, as zip wants them. */
    private static final class Bytes extends ByteArrayOutputStream {

        Bytes i16(long value) {
            write((int) value);
            write((int) (value >>> 8));
            return this;
        }

        Bytes i32(long value) {
            return i16(value).i16(value >>> 16);
        }

        Bytes i64(long value) {
            return i32(value).i32(value >>> 32);
        }

        Bytes raw(byte[] bytes) {
            write(bytes, 0, bytes.length);
            return this;
        }
    }
}
