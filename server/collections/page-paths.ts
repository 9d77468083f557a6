import { constants, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, writeSync, closeSync, existsSync } from "node:fs";
import path from "node:path";

/** What a collection file is called: the runner's `inspector test DIR` looks for the same names. */
export const COLLECTION_FILE = /\.mcp-tests\.(?:ya?ml|json)$/;
/** A folder walk stops here: a collections folder is a handful of files, not a repository. */
const MAX_FILES = 500;
const MAX_DEPTH = 6;

/**
 * The one folder the page may read and write collections in. Every name comes from the page and
 * is checked before it touches the disk: relative, no `.`/`..` segment, a collection's name, and
 * (after symlinks are resolved) still inside the folder, so a link planted in it cannot lead a
 * write out. The last component is opened with O_NOFOLLOW: a link put there after the check is
 * refused by the kernel, not followed.
 */
export class CollectionsFolder {
  constructor(readonly root: string) {}

  /** The absolute path of a page-given name, or an Error saying why it is refused. */
  resolve(name: string): string {
    if (name.includes("\0")) throw new Error("a collection name cannot hold a NUL byte");
    if (path.isAbsolute(name) || path.win32.isAbsolute(name) || name.includes("\\"))
      throw new Error(`"${name}" is not a name inside the collections folder: give a relative name, like memory.mcp-tests.yaml`);
    const parts = name.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".."))
      throw new Error(`"${name}" leaves the collections folder or has an empty part: no "..", ".", or "//"`);
    if (!COLLECTION_FILE.test(name)) throw new Error(`"${name}" is not a collection file: its name ends .mcp-tests.yaml, .yml or .json`);
    const abs = path.join(this.root, ...parts);
    this.checkInside(abs);
    return abs;
  }

  /** Whether an absolute path (a collection's sibling, like its snapshot file) stays inside the folder. */
  holds(abs: string): boolean {
    try {
      this.checkInside(abs);
      return true;
    } catch {
      return false;
    }
  }

  /** Write a file inside the folder (made when missing), never through a symlink. */
  write(name: string, text: string): void {
    const abs = this.resolve(name);
    mkdirSync(path.dirname(abs), { recursive: true });
    // Checked again now the folders exist: one of them may be a link made meanwhile.
    this.checkInside(abs);
    const fd = openSync(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }

  /** The collection files under the folder, relative and sorted; symlinked folders are not entered. */
  list(): string[] {
    if (!existsSync(this.root)) return [];
    const found: string[] = [];
    const walk = (dir: string, rel: string, depth: number) => {
      for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (found.length >= MAX_FILES) return;
        if (d.name.startsWith(".") || d.name === "node_modules") continue;
        const name = rel ? `${rel}/${d.name}` : d.name;
        if (d.isDirectory() && depth < MAX_DEPTH) walk(path.join(dir, d.name), name, depth + 1);
        else if ((d.isFile() || d.isSymbolicLink()) && COLLECTION_FILE.test(d.name)) {
          try {
            this.resolve(name);
            found.push(name);
          } catch {
            // A link that leads out of the folder is not a collection here.
          }
        }
      }
    };
    walk(this.root, "", 0);
    return found;
  }

  /** Throws unless the path, with every link along it resolved, stays inside the folder. */
  private checkInside(abs: string): void {
    const realRoot = existsSync(this.root) ? realpathSync(this.root) : path.resolve(this.root);
    // The deepest part that exists decides: what is below it does not exist yet, so it holds no link.
    let probe = abs;
    const rest: string[] = [];
    while (!exists(probe) && probe !== path.dirname(probe)) {
      rest.unshift(path.basename(probe));
      probe = path.dirname(probe);
    }
    const real = path.join(realpathOrSelf(probe), ...rest);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep))
      throw new Error(`"${path.relative(this.root, abs)}" leads out of the collections folder (through a symbolic link): refused`);
  }
}

/** lstat, not stat: a dangling link exists (and is then refused when resolved). */
function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // A dangling link: where it points is unknown here, so it counts as outside.
    return path.join(path.parse(p).root, "\0dangling");
  }
}
