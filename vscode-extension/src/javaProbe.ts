import { execFile } from 'child_process';

/** Runs `<java> -version` and resolves with everything it printed (Java prints it on stderr). */
export function probeJavaVersion(executable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: 15_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        reject(error);
      } else {
        resolve(`${stderr}${stdout}`);
      }
    });
  });
}
