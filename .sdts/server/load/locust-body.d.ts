/**
 * The part of an exported locustfile that is the same for every scenario (server/load/locustfile.ts
 * writes the scenario's constants above it). Python, read by a person: Locust's own FastHttpUser,
 * @task, wait_time, events and statistics; the summary the master writes is this project's load
 * format (lib/load/summary.ts), so `load-check` judges it as it judges a `--load` run.
 */
export declare const LOCUST_IMPORTS: string;
export declare const LOCUST_BODY: string;
