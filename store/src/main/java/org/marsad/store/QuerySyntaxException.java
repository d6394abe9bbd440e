package org.marsad.store;

/** A query the store cannot parse; the message says where and why, for a 400 answer. */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }
}
