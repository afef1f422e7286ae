package io.captureguard.cli;

import java.util.Arrays;
import java.util.List;

/**
 * {@code captureguard check} with one file failing as a bug of ours would, so that the exit-code
 * tests can watch a real process report an internal error and go on with the other files. Run
 * from the test classes beside the jar: {@code java -cp captureguard.jar:test-classes
 * io.captureguard.cli.FaultyFileCheck <file name> <check args…>}.
 */
public final class FaultyFileCheck {
    private FaultyFileCheck() {
    }

    public static void main(String[] args) {
        String failing = args[0];
        List<String> checkArgs = Arrays.asList(args).subList(1, args.length);
        int exit = new CheckCommand(System.out, System.err, false, file -> {
            if (file.getFileName().toString().equals(failing)) {
                throw new IllegalStateException("injected fault");
            }
        }).run(checkArgs, false);
        System.out.flush();
        System.exit(exit);
    }
}
