package io.captureguard.fixes;

/** Safe fixes may be applied in bulk (fix-all, --fix); unsafe ones only one at a time, on request. */
public enum Safety { SAFE, UNSAFE }
