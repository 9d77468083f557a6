// The floor of any stdio proxy (figure 16's middle column): spawn the server, pipe stdin to its
// stdin and its stdout and stderr to ours, nothing else. `node bare-proxy.mjs COMMAND ARGS...`
import { spawn } from "node:child_process";

const child = spawn(process.argv[2], process.argv.slice(3), { stdio: ["pipe", "pipe", "pipe"] });
process.stdin.pipe(child.stdin);
child.stdout.pipe(process.stdout);
child.stderr.pipe(process.stderr);
child.on("exit", (code) => process.exit(code ?? 1));
