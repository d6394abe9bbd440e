package org.marsad.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

import org.apache.hadoop.fs.FSDataInputStream;

/**
 * A file of any Hadoop file system (local, HDFS, S3) as a read-only {@link SeekableByteChannel}, so
 * that the core's {@link org.marsad.source.WarcPages} reads a WARC on a cluster as it reads a local
 * file: record by record, never whole, and able to seek past a corrupt record to the next one.
 */
final class HadoopFileChannel implements SeekableByteChannel {

    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    private final FSDataInputStream in;
    private final long size;
    private byte[] copy;
    private boolean open = true;

    /** @param size the file's length (from its status: a stream does not know it) */
    HadoopFileChannel(FSDataInputStream in, long size) {
        this.in = in;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (!dst.hasRemaining()) {
            return 0;
        }
        if (dst.hasArray()) {
            int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
            if (n > 0) {
                dst.position(dst.position() + n);
            }
            return n;
        }
        if (copy == null) {
            copy = new byte[COPY_BUFFER_BYTES];
        }
        int n = in.read(copy, 0, Math.min(copy.length, dst.remaining()));
        if (n > 0) {
            dst.put(copy, 0, n);
        }
        return n;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return in.getPos();
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        // Past the end, reads give end of stream, as a FileChannel's do; Hadoop's seek would throw.
        in.seek(Math.min(newPosition, size));
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        in.close();
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
