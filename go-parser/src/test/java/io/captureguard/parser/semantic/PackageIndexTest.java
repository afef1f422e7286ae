package io.captureguard.parser.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ast.GoFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sibling files of a package, kept live: a rule on one file sees what the others declare. */
class PackageIndexTest {

    private static GoFile parse(String source) {
        return GoParser.parse(source).file();
    }

    private static Optional<String> typeOfLoopValue(GoFile file, PackageIndex index) {
        SemanticModel model = SemanticModel.build(file, index);
        LocalVariable v = model.loops().get(0).variables().get(1);
        return new TypeInference(model, index).typeText(v);
    }

    @Test
    void aTypeDeclaredInASiblingFileIsSeen(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("types.go"), "package shop\n\ntype Cart struct{ items []*Item }\ntype Item struct{}\n");
        String main = "package shop\n\nfunc total(c *Cart) {\n\tfor i, it := range c.items {\n\t\t_, _ = i, it\n\t}\n}\n";
        Files.writeString(dir.resolve("cart.go"), main);
        PackageIndex index = PackageIndex.ofDirectory(dir);
        assertEquals(Optional.of("*Item"), typeOfLoopValue(parse(main), index));
    }

    @Test
    void updatingOneFileChangesWhatOthersSee(@TempDir Path dir) {
        PackageIndex index = new PackageIndex();
        Path types = dir.resolve("types.go");
        String main = "package shop\n\nfunc total(c *Cart) {\n\tfor i, it := range c.items {\n\t\t_, _ = i, it\n\t}\n}\n";
        index.update(types, parse("package shop\n\ntype Cart struct{ items []*Item }\ntype Item struct{}\n"));
        assertEquals(Optional.of("*Item"), typeOfLoopValue(parse(main), index));

        index.update(types, parse("package shop\n\ntype Cart struct{ items map[string]Item }\ntype Item struct{}\n"));
        assertEquals(Optional.of("Item"), typeOfLoopValue(parse(main), index));

        index.remove(types);
        assertEquals(Optional.empty(), typeOfLoopValue(parse(main), index), "unknown, not a guess, once it is gone");
    }

    @Test
    void filesOfAnotherPackageInTheDirectoryAreNotSeen(@TempDir Path dir) {
        PackageIndex index = new PackageIndex();
        index.update(dir.resolve("x_test.go"), parse("package shop_test\n\ntype Cart struct{ items []int }\n"));
        String main = "package shop\n\nfunc total(c *Cart) {\n\tfor i, it := range c.items {\n\t\t_, _ = i, it\n\t}\n}\n";
        assertEquals(Optional.empty(), typeOfLoopValue(parse(main), index));
    }

    @Test
    void theFileBeingAnalysedWinsOverItsOwnStaleEntry(@TempDir Path dir) {
        PackageIndex index = new PackageIndex();
        Path file = dir.resolve("cart.go");
        index.update(file, parse("package shop\n\ntype Cart struct{ items []string }\n"));
        String edited = "package shop\n\ntype Cart struct{ items []bool }\n\nfunc total(c *Cart) {\n"
                + "\tfor i, it := range c.items {\n\t\t_, _ = i, it\n\t}\n}\n";
        assertEquals(Optional.of("bool"), typeOfLoopValue(parse(edited), index));
        assertTrue(index.view("shop").type("Cart").isPresent());
    }
}
