package io.captureguard.parser.semantic;

/** How an identifier uses the variable it names. */
public enum Access {
    /** The identifier that declares the variable. */
    DECLARATION,
    /** The value is read. */
    READ,
    /** The variable is assigned as a whole ({@code v = …}, {@code v, err = …}, a reused {@code :=} name). */
    WRITE,
    /** Read and written: {@code v += 1}, {@code v++}. */
    READ_WRITE,
    /** A part is assigned: {@code v.f = …}, {@code v[i] = …} (a write to v unless v is a pointer, slice or map). */
    PART_WRITE,
    /** Its address is taken: {@code &v}, {@code &v.f}, {@code &v[i]}. */
    ADDRESS,
    /**
     * A method with a pointer receiver, declared in the package, is called or taken as a value on
     * it ({@code v.Reset()} with {@code func (*T) Reset()} and {@code v T}): Go passes {@code &v}.
     */
    POINTER_RECEIVER;

    /** True when the variable (or, for PART_WRITE, possibly its value) may change here. */
    public boolean mayModify() {
        return this == WRITE || this == READ_WRITE || this == PART_WRITE || this == ADDRESS
                || this == POINTER_RECEIVER;
    }
}
