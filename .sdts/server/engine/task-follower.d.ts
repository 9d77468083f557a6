import type { MessageEntry } from "../../lib/record/format";
import type { Clock } from "./clock";
import type { RequestHandle, RequestOptions } from "./requests";
export interface TaskFollowerOptions {
    clock: Clock;
    request(method: string, params: Record<string, unknown>, opts?: RequestOptions): RequestHandle;
    /**
     * 2026-07-28: a task waits on input. Ask the person for the embedded requests; resolves with the
     * `inputResponses` to send by tasks/update, or undefined when they gave none.
     */
    askPerson(inputRequests: Record<string, unknown>, where: {
        requestSeq: number;
        responseSeq: number;
    }): Promise<Record<string, unknown> | undefined>;
}
/**
 * Follows the target's tasks as a client should, once per connection, whoever started them (any
 * tab, the CLI). 2025-11-25: poll tasks/get at the server's pollInterval unless it notifies status,
 * ask tasks/result at once when a task needs input (that is how the server delivers its request)
 * and when someone waits for the outcome. 2026-07-28 (the io.modelcontextprotocol/tasks
 * extension): a `resultType: "task"` result starts it, tasks/get carries the outcome, and a task
 * that needs input gets the person's answers by tasks/update.
 */
export declare class TaskFollower {
    private readonly opts;
    private readonly tasks;
    private closed;
    constructor(opts: TaskFollowerOptions);
    /** Every received frame, as recorded: task creations, statuses, and results. */
    observe(entry: MessageEntry): void;
    /**
     * Resolves with the entry that carries a task's outcome: the tasks/result response (2025), or the
     * tasks/get response of the finished task (2026-07-28), asking for it when the task ends.
     */
    result(taskId: string): Promise<{
        entry: MessageEntry;
        modern: boolean;
    }>;
    close(): void;
    private update;
    private updateModern;
    private answerInput;
    private schedulePoll;
    /** One tasks/get; its response reaches observe() through the record, which polls again if needed. */
    private poll;
    private askResult;
    private resultArrived;
}
