/**
 * The checks library's own words, in the page's language (the run record's `locale`). They live here,
 * not in the UI catalogue: a checks module bundles this library and nothing of the page's.
 */
import type { RunRecord } from "../../sandbox/protocol/run-record";

const words = {
  en: {
    nothing: "nothing",
    extraLines: "it printed {count} line(s) more than expected, from {first}.",
    wrongLine: "line {n} should be {expected} but {got}.",
    nothingMore: "nothing more was printed",
    was: "was {line}",
    finishes: "finishes before the time limit",
    stillRunning: "still running at the time limit ({limit}): an infinite loop, or a promise that never settles?",
    stopped: "the run was stopped before it finished.",
    noUncaught: "runs without an uncaught error",
    threw: "it threw {error}",
    notYet: "this behaviour is not there yet.",
    unreadable: "the check could not read this run ({error}).",
  },
  "pt-BR": {
    nothing: "nada",
    extraLines: "imprimiu {count} linha(s) a mais que o esperado, a partir de {first}.",
    wrongLine: "a linha {n} deveria ser {expected}, mas {got}.",
    nothingMore: "nada mais foi impresso",
    was: "foi {line}",
    finishes: "termina antes do tempo limite",
    stillRunning: "ainda executando no tempo limite ({limit}): um laço infinito, ou uma promessa que nunca se conclui?",
    stopped: "a execução foi parada antes de terminar.",
    noUncaught: "executa sem erro não capturado",
    threw: "lançou {error}",
    notYet: "este comportamento ainda não está lá.",
    unreadable: "a verificação não conseguiu ler esta execução ({error}).",
  },
} as const;

export type CheckWord = keyof (typeof words)["en"];

/** Portuguese when the run came from a pt-BR page, English otherwise. */
const languageOf = (run: Pick<RunRecord, "locale"> | undefined) => (run?.locale?.toLowerCase().startsWith("pt") ? "pt-BR" : "en");

/** `key` in the run's language, each `{name}` filled from `params`. */
export function word(run: Pick<RunRecord, "locale"> | undefined, key: CheckWord, params: Record<string, string | number> = {}): string {
  return words[languageOf(run)][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A decimal number as the run's language writes it: "0.30" or "0,30". */
export function decimal(run: Pick<RunRecord, "locale"> | undefined, value: number, digits: number): string {
  const text = value.toFixed(digits);
  return languageOf(run) === "pt-BR" ? text.replace(".", ",") : text;
}
