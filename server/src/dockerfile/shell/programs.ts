// Which programs are shells, and how a command names its program: shared by the splitter and the rules.

export const SHELL_NAMES = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** True for `bash`, `sh -s`, `/bin/bash -ex` and the like: a shell that reads its script from stdin. */
export function isShellReadingStdin(words: string[]): boolean {
  if (words.length === 0) return false;
  let k = 0;
  if (basename(words[0]!) === 'env') k = 1;
  const name = basename(words[k] ?? '');
  if (!SHELL_NAMES.has(name)) return false;
  let rest = words.slice(k + 1);
  if (name === 'busybox') {
    if (rest[0] !== 'sh' && rest[0] !== 'ash') return false;
    rest = rest.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (word === '-s') return true;
    if (word === '-o' || word === '+o') {
      i++;
      continue;
    }
    if (/^[-+][a-z]+$/i.test(word)) {
      if (word.startsWith('-') && word.includes('c')) return false;
      continue;
    }
    return false;
  }
  return true;
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}
