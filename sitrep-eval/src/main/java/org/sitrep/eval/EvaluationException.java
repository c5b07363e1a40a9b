package org.sitrep.eval;

/** A gold set that cannot be read (missing files, wrong format); the message says where and how to fix it. */
public final class EvaluationException extends RuntimeException {
    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
