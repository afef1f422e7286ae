# Shared by the bench scripts: builds go-parser and fixes and sets $cp to its runtime class path and $out
# to the output folder. Source it from the repository root.
out=bench/out
mkdir -p "$out/classes"
mvn -q -B -ntp -Dstyle.color=never -pl go-parser,fixes -DskipTests install
mvn -q -B -ntp -Dstyle.color=never -pl go-parser dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$out/classpath.txt" -Dmdep.includeScope=runtime
cp="go-parser/target/classes:fixes/target/classes:$(cat "$out/classpath.txt")"
