package org.cscript.cli;

public final class CscriptMain {
    public static void main(String[] args) {
        System.out.println("bootstrap");
    }
}
