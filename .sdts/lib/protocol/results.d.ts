/**
 * A request's result, typed by its method: the SDK's (v2) result schema for each MCP method, so
 * code reads `resultOf("tools/list", message)` and gets a `ListToolsResult` the schema accepted,
 * instead of casting `message.result`. A result the schema refuses is undefined here: code that
 * shows whatever a target sent (the page, loosened in shapes.ts) reads jsonrpc.ts's `resultObject`.
 */
import { CreateTaskResultSchema } from "@modelcontextprotocol/core";
import type * as z from "zod";
/** Each request method's result schema (2025-11-25 and 2026-07-28 methods alike). */
declare const RESULT_SCHEMAS: {
    readonly ping: z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
    }, z.core.$strict>;
    readonly initialize: z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        protocolVersion: z.ZodString;
        capabilities: z.ZodObject<{
            experimental: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>>;
            logging: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
            completions: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
            prompts: z.ZodOptional<z.ZodObject<{
                listChanged: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            resources: z.ZodOptional<z.ZodObject<{
                subscribe: z.ZodOptional<z.ZodBoolean>;
                listChanged: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            tools: z.ZodOptional<z.ZodObject<{
                listChanged: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            tasks: z.ZodOptional<z.ZodObject<{
                list: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
                cancel: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
                requests: z.ZodOptional<z.ZodObject<{
                    tools: z.ZodOptional<z.ZodObject<{
                        call: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
                    }, z.core.$loose>>;
                }, z.core.$loose>>;
            }, z.core.$loose>>;
            extensions: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>>;
        }, z.core.$strip>;
        serverInfo: z.ZodObject<{
            version: z.ZodString;
            websiteUrl: z.ZodOptional<z.ZodString>;
            description: z.ZodOptional<z.ZodString>;
            icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                src: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                theme: z.ZodOptional<z.ZodEnum<{
                    light: "light";
                    dark: "dark";
                }>>;
            }, z.core.$strip>>>;
            name: z.ZodString;
            title: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>;
        instructions: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    readonly "server/discover": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        supportedVersions: z.ZodArray<z.ZodString>;
        capabilities: z.ZodObject<{
            experimental: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>>;
            logging: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
            completions: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
            prompts: z.ZodOptional<z.ZodObject<{
                listChanged: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            resources: z.ZodOptional<z.ZodObject<{
                subscribe: z.ZodOptional<z.ZodBoolean>;
                listChanged: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            tools: z.ZodOptional<z.ZodObject<{
                listChanged: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            tasks: z.ZodOptional<z.ZodObject<{
                list: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
                cancel: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
                requests: z.ZodOptional<z.ZodObject<{
                    tools: z.ZodOptional<z.ZodObject<{
                        call: z.ZodOptional<z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>;
                    }, z.core.$loose>>;
                }, z.core.$loose>>;
            }, z.core.$loose>>;
            extensions: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodType<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONObject, import("@modelcontextprotocol/client").JSONObject>>>>;
        }, z.core.$strip>;
        instructions: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    readonly "completion/complete": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        completion: z.ZodObject<{
            values: z.ZodArray<z.ZodString>;
            total: z.ZodOptional<z.ZodNumber>;
            hasMore: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$loose>;
    }, z.core.$loose>;
    readonly "logging/setLevel": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
    }, z.core.$strict>;
    readonly "prompts/get": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        description: z.ZodOptional<z.ZodString>;
        messages: z.ZodArray<z.ZodObject<{
            role: z.ZodEnum<{
                user: "user";
                assistant: "assistant";
            }>;
            content: z.ZodUnion<readonly [z.ZodObject<{
                type: z.ZodLiteral<"text">;
                text: z.ZodString;
                annotations: z.ZodOptional<z.ZodObject<{
                    audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        user: "user";
                        assistant: "assistant";
                    }>>>;
                    priority: z.ZodOptional<z.ZodNumber>;
                    lastModified: z.ZodOptional<z.ZodISODateTime>;
                }, z.core.$strip>>;
                _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            }, z.core.$strip>, z.ZodObject<{
                type: z.ZodLiteral<"image">;
                data: z.ZodString;
                mimeType: z.ZodString;
                annotations: z.ZodOptional<z.ZodObject<{
                    audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        user: "user";
                        assistant: "assistant";
                    }>>>;
                    priority: z.ZodOptional<z.ZodNumber>;
                    lastModified: z.ZodOptional<z.ZodISODateTime>;
                }, z.core.$strip>>;
                _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            }, z.core.$strip>, z.ZodObject<{
                type: z.ZodLiteral<"audio">;
                data: z.ZodString;
                mimeType: z.ZodString;
                annotations: z.ZodOptional<z.ZodObject<{
                    audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        user: "user";
                        assistant: "assistant";
                    }>>>;
                    priority: z.ZodOptional<z.ZodNumber>;
                    lastModified: z.ZodOptional<z.ZodISODateTime>;
                }, z.core.$strip>>;
                _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            }, z.core.$strip>, z.ZodObject<{
                uri: z.ZodString;
                description: z.ZodOptional<z.ZodString>;
                mimeType: z.ZodOptional<z.ZodString>;
                size: z.ZodOptional<z.ZodNumber>;
                annotations: z.ZodOptional<z.ZodObject<{
                    audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        user: "user";
                        assistant: "assistant";
                    }>>>;
                    priority: z.ZodOptional<z.ZodNumber>;
                    lastModified: z.ZodOptional<z.ZodISODateTime>;
                }, z.core.$strip>>;
                _meta: z.ZodOptional<z.ZodObject<{}, z.core.$loose>>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
                type: z.ZodLiteral<"resource_link">;
            }, z.core.$strip>, z.ZodObject<{
                type: z.ZodLiteral<"resource">;
                resource: z.ZodUnion<readonly [z.ZodObject<{
                    uri: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
                    text: z.ZodString;
                }, z.core.$strip>, z.ZodObject<{
                    uri: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
                    blob: z.ZodString;
                }, z.core.$strip>]>;
                annotations: z.ZodOptional<z.ZodObject<{
                    audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                        user: "user";
                        assistant: "assistant";
                    }>>>;
                    priority: z.ZodOptional<z.ZodNumber>;
                    lastModified: z.ZodOptional<z.ZodISODateTime>;
                }, z.core.$strip>>;
                _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            }, z.core.$strip>]>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    readonly "prompts/list": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        nextCursor: z.ZodOptional<z.ZodString>;
        prompts: z.ZodArray<z.ZodObject<{
            description: z.ZodOptional<z.ZodString>;
            arguments: z.ZodOptional<z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                description: z.ZodOptional<z.ZodString>;
                required: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>>;
            _meta: z.ZodOptional<z.ZodObject<{}, z.core.$loose>>;
            icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                src: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                theme: z.ZodOptional<z.ZodEnum<{
                    light: "light";
                    dark: "dark";
                }>>;
            }, z.core.$strip>>>;
            name: z.ZodString;
            title: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    readonly "resources/list": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        nextCursor: z.ZodOptional<z.ZodString>;
        resources: z.ZodArray<z.ZodObject<{
            uri: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            mimeType: z.ZodOptional<z.ZodString>;
            size: z.ZodOptional<z.ZodNumber>;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodObject<{}, z.core.$loose>>;
            icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                src: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                theme: z.ZodOptional<z.ZodEnum<{
                    light: "light";
                    dark: "dark";
                }>>;
            }, z.core.$strip>>>;
            name: z.ZodString;
            title: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    readonly "resources/templates/list": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        nextCursor: z.ZodOptional<z.ZodString>;
        resourceTemplates: z.ZodArray<z.ZodObject<{
            uriTemplate: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            mimeType: z.ZodOptional<z.ZodString>;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodObject<{}, z.core.$loose>>;
            icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                src: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                theme: z.ZodOptional<z.ZodEnum<{
                    light: "light";
                    dark: "dark";
                }>>;
            }, z.core.$strip>>>;
            name: z.ZodString;
            title: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    readonly "resources/read": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        contents: z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            uri: z.ZodString;
            mimeType: z.ZodOptional<z.ZodString>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            text: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            uri: z.ZodString;
            mimeType: z.ZodOptional<z.ZodString>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            blob: z.ZodString;
        }, z.core.$strip>]>>;
    }, z.core.$loose>;
    readonly "resources/subscribe": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
    }, z.core.$strict>;
    readonly "resources/unsubscribe": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
    }, z.core.$strict>;
    readonly "subscriptions/listen": z.ZodObject<{
        _meta: z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
            "io.modelcontextprotocol/subscriptionId": z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>;
        }, z.core.$loose>;
    }, z.core.$loose>;
    readonly "tools/call": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        content: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"image">;
            data: z.ZodString;
            mimeType: z.ZodString;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"audio">;
            data: z.ZodString;
            mimeType: z.ZodString;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>, z.ZodObject<{
            uri: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            mimeType: z.ZodOptional<z.ZodString>;
            size: z.ZodOptional<z.ZodNumber>;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodObject<{}, z.core.$loose>>;
            icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                src: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                theme: z.ZodOptional<z.ZodEnum<{
                    light: "light";
                    dark: "dark";
                }>>;
            }, z.core.$strip>>>;
            name: z.ZodString;
            title: z.ZodOptional<z.ZodString>;
            type: z.ZodLiteral<"resource_link">;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"resource">;
            resource: z.ZodUnion<readonly [z.ZodObject<{
                uri: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
                text: z.ZodString;
            }, z.core.$strip>, z.ZodObject<{
                uri: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
                blob: z.ZodString;
            }, z.core.$strip>]>;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>]>>>;
        structuredContent: z.ZodOptional<z.ZodUnknown>;
        isError: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$loose>;
    readonly "tools/list": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        nextCursor: z.ZodOptional<z.ZodString>;
        tools: z.ZodArray<z.ZodObject<{
            description: z.ZodOptional<z.ZodString>;
            inputSchema: z.ZodObject<{
                type: z.ZodLiteral<"object">;
                properties: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodType<import("@modelcontextprotocol/client").JSONValue, import("@modelcontextprotocol/client").JSONValue, z.core.$ZodTypeInternals<import("@modelcontextprotocol/client").JSONValue, import("@modelcontextprotocol/client").JSONValue>>>>;
                required: z.ZodOptional<z.ZodArray<z.ZodString>>;
            }, z.core.$catchall<z.ZodUnknown>>;
            outputSchema: z.ZodOptional<z.ZodObject<{
                $schema: z.ZodOptional<z.ZodString>;
            }, z.core.$loose>>;
            annotations: z.ZodOptional<z.ZodObject<{
                title: z.ZodOptional<z.ZodString>;
                readOnlyHint: z.ZodOptional<z.ZodBoolean>;
                destructiveHint: z.ZodOptional<z.ZodBoolean>;
                idempotentHint: z.ZodOptional<z.ZodBoolean>;
                openWorldHint: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
            execution: z.ZodOptional<z.ZodObject<{
                taskSupport: z.ZodOptional<z.ZodEnum<{
                    optional: "optional";
                    required: "required";
                    forbidden: "forbidden";
                }>>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                src: z.ZodString;
                mimeType: z.ZodOptional<z.ZodString>;
                sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                theme: z.ZodOptional<z.ZodEnum<{
                    light: "light";
                    dark: "dark";
                }>>;
            }, z.core.$strip>>>;
            name: z.ZodString;
            title: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    readonly "tasks/get": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        taskId: z.ZodString;
        status: z.ZodEnum<{
            working: "working";
            input_required: "input_required";
            completed: "completed";
            failed: "failed";
            cancelled: "cancelled";
        }>;
        ttl: z.ZodUnion<readonly [z.ZodNumber, z.ZodNull]>;
        createdAt: z.ZodString;
        lastUpdatedAt: z.ZodString;
        pollInterval: z.ZodOptional<z.ZodNumber>;
        statusMessage: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    readonly "tasks/list": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        nextCursor: z.ZodOptional<z.ZodString>;
        tasks: z.ZodArray<z.ZodObject<{
            taskId: z.ZodString;
            status: z.ZodEnum<{
                working: "working";
                input_required: "input_required";
                completed: "completed";
                failed: "failed";
                cancelled: "cancelled";
            }>;
            ttl: z.ZodUnion<readonly [z.ZodNumber, z.ZodNull]>;
            createdAt: z.ZodString;
            lastUpdatedAt: z.ZodString;
            pollInterval: z.ZodOptional<z.ZodNumber>;
            statusMessage: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
    readonly "tasks/result": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
    }, z.core.$loose>;
    readonly "tasks/cancel": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        taskId: z.ZodString;
        status: z.ZodEnum<{
            working: "working";
            input_required: "input_required";
            completed: "completed";
            failed: "failed";
            cancelled: "cancelled";
        }>;
        ttl: z.ZodUnion<readonly [z.ZodNumber, z.ZodNull]>;
        createdAt: z.ZodString;
        lastUpdatedAt: z.ZodString;
        pollInterval: z.ZodOptional<z.ZodNumber>;
        statusMessage: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    readonly "sampling/createMessage": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        model: z.ZodString;
        stopReason: z.ZodOptional<z.ZodUnion<[z.ZodEnum<{
            maxTokens: "maxTokens";
            endTurn: "endTurn";
            stopSequence: "stopSequence";
        }>, z.ZodString]>>;
        role: z.ZodEnum<{
            user: "user";
            assistant: "assistant";
        }>;
        content: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"text">;
            text: z.ZodString;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"image">;
            data: z.ZodString;
            mimeType: z.ZodString;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>, z.ZodObject<{
            type: z.ZodLiteral<"audio">;
            data: z.ZodString;
            mimeType: z.ZodString;
            annotations: z.ZodOptional<z.ZodObject<{
                audience: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                }>>>;
                priority: z.ZodOptional<z.ZodNumber>;
                lastModified: z.ZodOptional<z.ZodISODateTime>;
            }, z.core.$strip>>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>], "type">;
    }, z.core.$loose>;
    readonly "elicitation/create": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        action: z.ZodEnum<{
            cancel: "cancel";
            accept: "accept";
            decline: "decline";
        }>;
        content: z.ZodPipe<z.ZodTransform<{} | undefined, unknown>, z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodArray<z.ZodString>]>>>>;
    }, z.core.$loose>;
    readonly "roots/list": z.ZodObject<{
        _meta: z.ZodOptional<z.ZodObject<{
            readonly "io.modelcontextprotocol/serverInfo": z.ZodCatch<z.ZodOptional<z.ZodObject<{
                version: z.ZodString;
                websiteUrl: z.ZodOptional<z.ZodString>;
                description: z.ZodOptional<z.ZodString>;
                icons: z.ZodOptional<z.ZodArray<z.ZodObject<{
                    src: z.ZodString;
                    mimeType: z.ZodOptional<z.ZodString>;
                    sizes: z.ZodOptional<z.ZodArray<z.ZodString>>;
                    theme: z.ZodOptional<z.ZodEnum<{
                        light: "light";
                        dark: "dark";
                    }>>;
                }, z.core.$strip>>>;
                name: z.ZodString;
                title: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>>;
        }, z.core.$loose>>;
        roots: z.ZodArray<z.ZodObject<{
            uri: z.ZodString;
            name: z.ZodOptional<z.ZodString>;
            _meta: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strip>>;
    }, z.core.$loose>;
};
/** A method whose result has a schema here. */
export type ResultMethod = keyof typeof RESULT_SCHEMAS;
export declare function isResultMethod(method: string): method is ResultMethod;
/** The result type of a method, as its schema parses it. */
export type ResultOf<M extends ResultMethod> = z.output<(typeof RESULT_SCHEMAS)[M]>;
/** A task-augmented request's first answer (2025-11-25 tasks): `{ task }` instead of the result. */
export type CreateTaskResult = z.output<typeof CreateTaskResultSchema>;
/**
 * The result of `method` in `reply`: a JSON-RPC response's `result`, or a bare result (what the
 * engine's handles give), when the method's schema accepts it; undefined for an error, another
 * shape, or a result that breaks the schema.
 */
export declare function resultOf<M extends ResultMethod>(method: M, reply: unknown): ResultOf<M> | undefined;
/** A `{ task }` answer to a task-augmented request, when it is one. */
export declare function createTaskResultOf(reply: unknown): CreateTaskResult | undefined;
/**
 * Why `result` is not what `method` returns, in words ("contents: expected array, received
 * undefined"), or undefined when its schema accepts it: for callers that give the result on as
 * sent and must not claim a shape the server did not send.
 */
export declare function resultProblem(method: ResultMethod, result: unknown): string | undefined;
export {};
