/** A one-line progress display on stderr when it is a terminal (nothing in CI logs); `done` clears it. */
export declare function progressLine(): {
    progress?: (line: string) => void;
    done(): void;
};
/** Both ends are a terminal: a person is there to answer a question or log in. */
export declare const hasPerson: () => boolean;
/** Ask a yes/no question on the terminal; true for y or yes. */
export declare function askOnTerminal(question: string): Promise<boolean>;
