/** The five seed talks (transcripts in `shared/seeds/`) the course is ported from, as the transcripts credit them. */
import { t, type Locale } from "../../lib/i18n";

/** Three-digit id of a seed talk: the `NNN` prefix of its transcript file. */
export type SeedId = "000" | "001" | "002" | "003" | "004";

/** One seed talk, with only what its transcript says about itself. */
export interface Seed {
  /** Three-digit id, the prefix of the transcript file; lessons list these in `seeds`. */
  id: SeedId;
  /** File name of the transcript in `shared/seeds/`. */
  file: string;
  /** Talk title as the transcript gives it, in the talk's language. */
  title: string;
  /** Subtitle or tagline shown under the title, if the transcript has one. */
  subtitle?: string;
  /** English translation of the title, for talks not given in English. */
  titleInEnglish?: string;
  /** Speaker as the transcript names them; null when the transcript names no speaker. */
  author: string | null;
  /** Language of the talk: "pt" (Portuguese, Brazilian or European) or "en". */
  language: "pt" | "en";
  /** Conference the transcript names, if any. */
  event?: string;
  /** Year the transcript names, if any. */
  year?: number;
}

/** The seed talks in id order. */
export const seeds: readonly Seed[] = [
  {
    id: "000",
    file: "000_0791b79c668a04e1.txt",
    title: "Python Assíncrono",
    subtitle: "tudo ao mesmo tempo agora",
    titleInEnglish: "Asynchronous Python: everything at the same time now",
    author: "Luciano Ramalho",
    language: "pt",
    event: "PythonBrasil",
    year: 2016,
  },
  {
    id: "001",
    file: "001_2575a56c28b18e9c.txt",
    title: "asyncio",
    subtitle: "the exciting world of concurrent Python coroutines…",
    author: "Jacob Tomlinson",
    language: "en",
  },
  {
    id: "002",
    file: "002_70f76f562fd377b7.txt",
    title: "Python asyncio & Friends",
    author: null,
    language: "pt",
  },
  {
    id: "003",
    file: "003_8e3bdce7c2181b58.txt",
    title: "Programação assíncrona com corrotinas em Python",
    titleInEnglish: "Asynchronous programming with coroutines in Python",
    author: null,
    language: "pt",
  },
  {
    id: "004",
    file: "004_aca25c9aef0ad160.txt",
    title: "Concurrent IO & Python",
    subtitle: "Bringing network concurrency to the sync desert",
    author: "Aitor Guevara",
    language: "en",
  },
];

/** The seed talk with this id, or undefined if there is none. */
export function seedById(id: string): Seed | undefined {
  return seeds.find((seed) => seed.id === id);
}

/** A one-line credit, e.g. "“Python Assíncrono” — Luciano Ramalho, PythonBrasil 2016". */
export function seedCredit(seed: Seed, locale: Locale = "en"): string {
  const venue = [seed.event, seed.year].filter((part) => part !== undefined).join(" ");
  const who = [seed.author ?? t(locale, "credits.unnamed"), venue].filter(Boolean).join(", ");
  return `“${seed.title}” — ${who}`;
}
