import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace packetlife. */
export namespace packetlife {

    /** Namespace v1. */
    namespace v1 {

        /** Properties of an AgentFrame. */
        interface IAgentFrame {

            /** AgentFrame hello */
            hello?: (packetlife.v1.IHello|null);

            /** AgentFrame topology */
            topology?: (packetlife.v1.ITopologySnapshot|null);

            /** AgentFrame events */
            events?: (packetlife.v1.IEventBatch|null);

            /** AgentFrame sessionAck */
            sessionAck?: (packetlife.v1.ISessionAck|null);

            /** AgentFrame heartbeat */
            heartbeat?: (packetlife.v1.IHeartbeat|null);

            /** AgentFrame origin */
            origin?: (packetlife.v1.FrameOrigin|null);
        }

        /** Represents an AgentFrame. */
        class AgentFrame implements IAgentFrame {

            /**
             * Constructs a new AgentFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IAgentFrame);

            /** AgentFrame hello. */
            public hello?: (packetlife.v1.IHello|null);

            /** AgentFrame topology. */
            public topology?: (packetlife.v1.ITopologySnapshot|null);

            /** AgentFrame events. */
            public events?: (packetlife.v1.IEventBatch|null);

            /** AgentFrame sessionAck. */
            public sessionAck?: (packetlife.v1.ISessionAck|null);

            /** AgentFrame heartbeat. */
            public heartbeat?: (packetlife.v1.IHeartbeat|null);

            /** AgentFrame origin. */
            public origin: packetlife.v1.FrameOrigin;

            /** AgentFrame body. */
            public body?: ("hello"|"topology"|"events"|"sessionAck"|"heartbeat");

            /**
             * Creates a new AgentFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentFrame instance
             */
            public static create(properties?: packetlife.v1.IAgentFrame): packetlife.v1.AgentFrame;

            /**
             * Encodes the specified AgentFrame message. Does not implicitly {@link packetlife.v1.AgentFrame.verify|verify} messages.
             * @param message AgentFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IAgentFrame, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentFrame message, length delimited. Does not implicitly {@link packetlife.v1.AgentFrame.verify|verify} messages.
             * @param message AgentFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IAgentFrame, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AgentFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.AgentFrame;

            /**
             * Decodes an AgentFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns AgentFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.AgentFrame;

            /**
             * Verifies an AgentFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentFrame
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.AgentFrame;

            /**
             * Creates a plain object from an AgentFrame message. Also converts values to other types if specified.
             * @param message AgentFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.AgentFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentFrame to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for AgentFrame
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** FrameOrigin enum. */
        enum FrameOrigin {
            FRAME_ORIGIN_UNSPECIFIED = 0,
            AGENT = 1,
            COLLECTOR = 2
        }

        /** Properties of a CollectorFrame. */
        interface ICollectorFrame {

            /** CollectorFrame startSession */
            startSession?: (packetlife.v1.IStartSession|null);

            /** CollectorFrame stopSession */
            stopSession?: (packetlife.v1.IStopSession|null);

            /** CollectorFrame ack */
            ack?: (packetlife.v1.IAck|null);

            /** CollectorFrame heartbeat */
            heartbeat?: (packetlife.v1.IHeartbeat|null);

            /** CollectorFrame goodbye */
            goodbye?: (packetlife.v1.IGoodbye|null);

            /** CollectorFrame topology */
            topology?: (packetlife.v1.ITopologyUpdate|null);

            /** CollectorFrame welcome */
            welcome?: (packetlife.v1.IWelcome|null);

            /** CollectorFrame origin */
            origin?: (packetlife.v1.FrameOrigin|null);
        }

        /** Represents a CollectorFrame. */
        class CollectorFrame implements ICollectorFrame {

            /**
             * Constructs a new CollectorFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ICollectorFrame);

            /** CollectorFrame startSession. */
            public startSession?: (packetlife.v1.IStartSession|null);

            /** CollectorFrame stopSession. */
            public stopSession?: (packetlife.v1.IStopSession|null);

            /** CollectorFrame ack. */
            public ack?: (packetlife.v1.IAck|null);

            /** CollectorFrame heartbeat. */
            public heartbeat?: (packetlife.v1.IHeartbeat|null);

            /** CollectorFrame goodbye. */
            public goodbye?: (packetlife.v1.IGoodbye|null);

            /** CollectorFrame topology. */
            public topology?: (packetlife.v1.ITopologyUpdate|null);

            /** CollectorFrame welcome. */
            public welcome?: (packetlife.v1.IWelcome|null);

            /** CollectorFrame origin. */
            public origin: packetlife.v1.FrameOrigin;

            /** CollectorFrame body. */
            public body?: ("startSession"|"stopSession"|"ack"|"heartbeat"|"goodbye"|"topology"|"welcome");

            /**
             * Creates a new CollectorFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CollectorFrame instance
             */
            public static create(properties?: packetlife.v1.ICollectorFrame): packetlife.v1.CollectorFrame;

            /**
             * Encodes the specified CollectorFrame message. Does not implicitly {@link packetlife.v1.CollectorFrame.verify|verify} messages.
             * @param message CollectorFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ICollectorFrame, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CollectorFrame message, length delimited. Does not implicitly {@link packetlife.v1.CollectorFrame.verify|verify} messages.
             * @param message CollectorFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ICollectorFrame, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CollectorFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CollectorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.CollectorFrame;

            /**
             * Decodes a CollectorFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns CollectorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.CollectorFrame;

            /**
             * Verifies a CollectorFrame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CollectorFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CollectorFrame
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.CollectorFrame;

            /**
             * Creates a plain object from a CollectorFrame message. Also converts values to other types if specified.
             * @param message CollectorFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.CollectorFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CollectorFrame to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for CollectorFrame
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Hello. */
        interface IHello {

            /** Hello agentId */
            agentId?: (string|null);

            /** Hello node */
            node?: (string|null);

            /** Hello agentVersion */
            agentVersion?: (string|null);

            /** Hello protocolVersion */
            protocolVersion?: (number|null);

            /** Hello capabilities */
            capabilities?: (packetlife.v1.ICapabilities|null);

            /** Hello scope */
            scope?: (packetlife.v1.IScope|null);

            /** Hello resumeFromSeq */
            resumeFromSeq?: (number|Long|null);
        }

        /** Represents a Hello. */
        class Hello implements IHello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IHello);

            /** Hello agentId. */
            public agentId: string;

            /** Hello node. */
            public node: string;

            /** Hello agentVersion. */
            public agentVersion: string;

            /** Hello protocolVersion. */
            public protocolVersion: number;

            /** Hello capabilities. */
            public capabilities?: (packetlife.v1.ICapabilities|null);

            /** Hello scope. */
            public scope?: (packetlife.v1.IScope|null);

            /** Hello resumeFromSeq. */
            public resumeFromSeq: (number|Long);

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            public static create(properties?: packetlife.v1.IHello): packetlife.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link packetlife.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link packetlife.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Hello;

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Hello;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Hello
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Capabilities. */
        interface ICapabilities {

            /** Capabilities kernel */
            kernel?: (string|null);

            /** Capabilities bpftraceVersion */
            bpftraceVersion?: (string|null);

            /** Capabilities btf */
            btf?: (boolean|null);

            /** Capabilities tracefs */
            tracefs?: (boolean|null);

            /** Capabilities kprobes */
            kprobes?: (boolean|null);

            /** Capabilities fentry */
            fentry?: (boolean|null);

            /** Capabilities ringbuf */
            ringbuf?: (boolean|null);

            /** Capabilities tracepoints */
            tracepoints?: (string[]|null);

            /** Capabilities tier */
            tier?: (string|null);

            /** Capabilities segments */
            segments?: (boolean|null);

            /** Capabilities sampling */
            sampling?: (boolean|null);

            /** Capabilities topologyParts */
            topologyParts?: (boolean|null);

            /** Capabilities topologyDeltas */
            topologyDeltas?: (boolean|null);

            /** Capabilities welcome */
            welcome?: (boolean|null);
        }

        /** Represents a Capabilities. */
        class Capabilities implements ICapabilities {

            /**
             * Constructs a new Capabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ICapabilities);

            /** Capabilities kernel. */
            public kernel: string;

            /** Capabilities bpftraceVersion. */
            public bpftraceVersion: string;

            /** Capabilities btf. */
            public btf: boolean;

            /** Capabilities tracefs. */
            public tracefs: boolean;

            /** Capabilities kprobes. */
            public kprobes: boolean;

            /** Capabilities fentry. */
            public fentry: boolean;

            /** Capabilities ringbuf. */
            public ringbuf: boolean;

            /** Capabilities tracepoints. */
            public tracepoints: string[];

            /** Capabilities tier. */
            public tier: string;

            /** Capabilities segments. */
            public segments: boolean;

            /** Capabilities sampling. */
            public sampling: boolean;

            /** Capabilities topologyParts. */
            public topologyParts: boolean;

            /** Capabilities topologyDeltas. */
            public topologyDeltas: boolean;

            /** Capabilities welcome. */
            public welcome: boolean;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capabilities instance
             */
            public static create(properties?: packetlife.v1.ICapabilities): packetlife.v1.Capabilities;

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link packetlife.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ICapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link packetlife.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ICapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Capabilities;

            /**
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Capabilities;

            /**
             * Verifies a Capabilities message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capabilities
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Capabilities;

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @param message Capabilities
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Capabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capabilities to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Capabilities
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Scope. */
        interface IScope {

            /** Scope lab */
            lab?: (string|null);

            /** Scope netnsInodes */
            netnsInodes?: ((number|Long)[]|null);
        }

        /** Represents a Scope. */
        class Scope implements IScope {

            /**
             * Constructs a new Scope.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IScope);

            /** Scope lab. */
            public lab: string;

            /** Scope netnsInodes. */
            public netnsInodes: (number|Long)[];

            /**
             * Creates a new Scope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Scope instance
             */
            public static create(properties?: packetlife.v1.IScope): packetlife.v1.Scope;

            /**
             * Encodes the specified Scope message. Does not implicitly {@link packetlife.v1.Scope.verify|verify} messages.
             * @param message Scope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IScope, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Scope message, length delimited. Does not implicitly {@link packetlife.v1.Scope.verify|verify} messages.
             * @param message Scope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IScope, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Scope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Scope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Scope;

            /**
             * Decodes a Scope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Scope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Scope;

            /**
             * Verifies a Scope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Scope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Scope
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Scope;

            /**
             * Creates a plain object from a Scope message. Also converts values to other types if specified.
             * @param message Scope
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Scope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Scope to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Scope
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventBatch. */
        interface IEventBatch {

            /** EventBatch seq */
            seq?: (number|Long|null);

            /** EventBatch events */
            events?: (packetlife.v1.IEvent[]|null);

            /** EventBatch loss */
            loss?: (packetlife.v1.ILossCounters|null);

            /** EventBatch sentUnixNs */
            sentUnixNs?: (number|Long|null);

            /** EventBatch watermarkUnixNs */
            watermarkUnixNs?: (number|Long|null);

            /** EventBatch lost */
            lost?: (packetlife.v1.ILossWindow[]|null);

            /** EventBatch segments */
            segments?: (packetlife.v1.ISegment[]|null);

            /** EventBatch strings */
            strings?: (string[]|null);

            /** EventBatch places */
            places?: (packetlife.v1.ISegmentPlace[]|null);

            /** EventBatch segmentCounters */
            segmentCounters?: (packetlife.v1.ISegmentCounters|null);

            /** EventBatch cts */
            cts?: (packetlife.v1.IConntrack[]|null);

            /** EventBatch monoOffsetNs */
            monoOffsetNs?: (number|Long|null);

            /** EventBatch sampleOneIn */
            sampleOneIn?: (number|null);

            /** EventBatch segmentColumns */
            segmentColumns?: (Uint8Array|null);
        }

        /** Represents an EventBatch. */
        class EventBatch implements IEventBatch {

            /**
             * Constructs a new EventBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IEventBatch);

            /** EventBatch seq. */
            public seq: (number|Long);

            /** EventBatch events. */
            public events: packetlife.v1.IEvent[];

            /** EventBatch loss. */
            public loss?: (packetlife.v1.ILossCounters|null);

            /** EventBatch sentUnixNs. */
            public sentUnixNs: (number|Long);

            /** EventBatch watermarkUnixNs. */
            public watermarkUnixNs: (number|Long);

            /** EventBatch lost. */
            public lost: packetlife.v1.ILossWindow[];

            /** EventBatch segments. */
            public segments: packetlife.v1.ISegment[];

            /** EventBatch strings. */
            public strings: string[];

            /** EventBatch places. */
            public places: packetlife.v1.ISegmentPlace[];

            /** EventBatch segmentCounters. */
            public segmentCounters?: (packetlife.v1.ISegmentCounters|null);

            /** EventBatch cts. */
            public cts: packetlife.v1.IConntrack[];

            /** EventBatch monoOffsetNs. */
            public monoOffsetNs: (number|Long);

            /** EventBatch sampleOneIn. */
            public sampleOneIn: number;

            /** EventBatch segmentColumns. */
            public segmentColumns: Uint8Array;

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventBatch instance
             */
            public static create(properties?: packetlife.v1.IEventBatch): packetlife.v1.EventBatch;

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link packetlife.v1.EventBatch.verify|verify} messages.
             * @param message EventBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IEventBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventBatch message, length delimited. Does not implicitly {@link packetlife.v1.EventBatch.verify|verify} messages.
             * @param message EventBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IEventBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.EventBatch;

            /**
             * Decodes an EventBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.EventBatch;

            /**
             * Verifies an EventBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventBatch
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.EventBatch;

            /**
             * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
             * @param message EventBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.EventBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventBatch to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventBatch
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentPlace. */
        interface ISegmentPlace {

            /** SegmentPlace kind */
            kind?: (number|null);

            /** SegmentPlace node */
            node?: (number|null);

            /** SegmentPlace netns */
            netns?: (number|null);

            /** SegmentPlace ifname */
            ifname?: (number|null);

            /** SegmentPlace ifindex */
            ifindex?: (number|null);

            /** SegmentPlace pod */
            pod?: (number|null);

            /** SegmentPlace eniIp */
            eniIp?: (number|null);

            /** SegmentPlace eniTable */
            eniTable?: (number|null);

            /** SegmentPlace label */
            label?: (number|null);
        }

        /** Represents a SegmentPlace. */
        class SegmentPlace implements ISegmentPlace {

            /**
             * Constructs a new SegmentPlace.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentPlace);

            /** SegmentPlace kind. */
            public kind: number;

            /** SegmentPlace node. */
            public node: number;

            /** SegmentPlace netns. */
            public netns: number;

            /** SegmentPlace ifname. */
            public ifname: number;

            /** SegmentPlace ifindex. */
            public ifindex: number;

            /** SegmentPlace pod. */
            public pod: number;

            /** SegmentPlace eniIp. */
            public eniIp: number;

            /** SegmentPlace eniTable. */
            public eniTable: number;

            /** SegmentPlace label. */
            public label: number;

            /**
             * Creates a new SegmentPlace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentPlace instance
             */
            public static create(properties?: packetlife.v1.ISegmentPlace): packetlife.v1.SegmentPlace;

            /**
             * Encodes the specified SegmentPlace message. Does not implicitly {@link packetlife.v1.SegmentPlace.verify|verify} messages.
             * @param message SegmentPlace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentPlace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentPlace message, length delimited. Does not implicitly {@link packetlife.v1.SegmentPlace.verify|verify} messages.
             * @param message SegmentPlace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentPlace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentPlace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentPlace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentPlace;

            /**
             * Decodes a SegmentPlace message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentPlace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentPlace;

            /**
             * Verifies a SegmentPlace message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentPlace message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentPlace
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentPlace;

            /**
             * Creates a plain object from a SegmentPlace message. Also converts values to other types if specified.
             * @param message SegmentPlace
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentPlace, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentPlace to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentPlace
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentHop. */
        interface ISegmentHop {

            /** SegmentHop timeDeltaNs */
            timeDeltaNs?: (number|Long|null);

            /** SegmentHop transmit */
            transmit?: (boolean|null);

            /** SegmentHop place */
            place?: (number|null);

            /** SegmentHop ttl */
            ttl?: (number|null);

            /** SegmentHop tuple */
            tuple?: (packetlife.v1.ITuple|null);

            /** SegmentHop packet */
            packet?: (packetlife.v1.IPacket|null);

            /** SegmentHop mark */
            mark?: (number|null);

            /** SegmentHop placeDir */
            placeDir?: (number|null);
        }

        /** Represents a SegmentHop. */
        class SegmentHop implements ISegmentHop {

            /**
             * Constructs a new SegmentHop.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentHop);

            /** SegmentHop timeDeltaNs. */
            public timeDeltaNs: (number|Long);

            /** SegmentHop transmit. */
            public transmit: boolean;

            /** SegmentHop place. */
            public place: number;

            /** SegmentHop ttl. */
            public ttl: number;

            /** SegmentHop tuple. */
            public tuple?: (packetlife.v1.ITuple|null);

            /** SegmentHop packet. */
            public packet?: (packetlife.v1.IPacket|null);

            /** SegmentHop mark. */
            public mark: number;

            /** SegmentHop placeDir. */
            public placeDir: number;

            /**
             * Creates a new SegmentHop instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentHop instance
             */
            public static create(properties?: packetlife.v1.ISegmentHop): packetlife.v1.SegmentHop;

            /**
             * Encodes the specified SegmentHop message. Does not implicitly {@link packetlife.v1.SegmentHop.verify|verify} messages.
             * @param message SegmentHop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentHop, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentHop message, length delimited. Does not implicitly {@link packetlife.v1.SegmentHop.verify|verify} messages.
             * @param message SegmentHop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentHop, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentHop message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentHop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentHop;

            /**
             * Decodes a SegmentHop message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentHop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentHop;

            /**
             * Verifies a SegmentHop message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentHop message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentHop
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentHop;

            /**
             * Creates a plain object from a SegmentHop message. Also converts values to other types if specified.
             * @param message SegmentHop
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentHop, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentHop to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentHop
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentReason. */
        interface ISegmentReason {

            /** SegmentReason code */
            code?: (number|null);

            /** SegmentReason node */
            node?: (number|null);

            /** SegmentReason text */
            text?: (number|null);
        }

        /** Represents a SegmentReason. */
        class SegmentReason implements ISegmentReason {

            /**
             * Constructs a new SegmentReason.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentReason);

            /** SegmentReason code. */
            public code: number;

            /** SegmentReason node. */
            public node: number;

            /** SegmentReason text. */
            public text: number;

            /**
             * Creates a new SegmentReason instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentReason instance
             */
            public static create(properties?: packetlife.v1.ISegmentReason): packetlife.v1.SegmentReason;

            /**
             * Encodes the specified SegmentReason message. Does not implicitly {@link packetlife.v1.SegmentReason.verify|verify} messages.
             * @param message SegmentReason message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentReason, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentReason message, length delimited. Does not implicitly {@link packetlife.v1.SegmentReason.verify|verify} messages.
             * @param message SegmentReason message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentReason, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentReason message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentReason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentReason;

            /**
             * Decodes a SegmentReason message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentReason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentReason;

            /**
             * Verifies a SegmentReason message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentReason message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentReason
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentReason;

            /**
             * Creates a plain object from a SegmentReason message. Also converts values to other types if specified.
             * @param message SegmentReason
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentReason, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentReason to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentReason
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentNat. */
        interface ISegmentNat {

            /** SegmentNat kind */
            kind?: (number|null);

            /** SegmentNat afterHop */
            afterHop?: (number|null);

            /** SegmentNat before */
            before?: (packetlife.v1.ITuple|null);

            /** SegmentNat after */
            after?: (packetlife.v1.ITuple|null);

            /** SegmentNat conntrack */
            conntrack?: (packetlife.v1.IConntrack|null);

            /** SegmentNat reason */
            reason?: (number|null);

            /** SegmentNat cause */
            cause?: (number|null);

            /** SegmentNat service */
            service?: (number|null);

            /** SegmentNat endpointPod */
            endpointPod?: (number|null);

            /** SegmentNat inferred */
            inferred?: (boolean|null);

            /** SegmentNat node */
            node?: (number|null);

            /** SegmentNat beforeIsHop */
            beforeIsHop?: (boolean|null);

            /** SegmentNat afterIsNextHop */
            afterIsNextHop?: (boolean|null);

            /** SegmentNat ct */
            ct?: (number|null);
        }

        /** Represents a SegmentNat. */
        class SegmentNat implements ISegmentNat {

            /**
             * Constructs a new SegmentNat.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentNat);

            /** SegmentNat kind. */
            public kind: number;

            /** SegmentNat afterHop. */
            public afterHop: number;

            /** SegmentNat before. */
            public before?: (packetlife.v1.ITuple|null);

            /** SegmentNat after. */
            public after?: (packetlife.v1.ITuple|null);

            /** SegmentNat conntrack. */
            public conntrack?: (packetlife.v1.IConntrack|null);

            /** SegmentNat reason. */
            public reason: number;

            /** SegmentNat cause. */
            public cause: number;

            /** SegmentNat service. */
            public service: number;

            /** SegmentNat endpointPod. */
            public endpointPod: number;

            /** SegmentNat inferred. */
            public inferred: boolean;

            /** SegmentNat node. */
            public node: number;

            /** SegmentNat beforeIsHop. */
            public beforeIsHop: boolean;

            /** SegmentNat afterIsNextHop. */
            public afterIsNextHop: boolean;

            /** SegmentNat ct. */
            public ct: number;

            /**
             * Creates a new SegmentNat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentNat instance
             */
            public static create(properties?: packetlife.v1.ISegmentNat): packetlife.v1.SegmentNat;

            /**
             * Encodes the specified SegmentNat message. Does not implicitly {@link packetlife.v1.SegmentNat.verify|verify} messages.
             * @param message SegmentNat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentNat, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentNat message, length delimited. Does not implicitly {@link packetlife.v1.SegmentNat.verify|verify} messages.
             * @param message SegmentNat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentNat, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentNat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentNat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentNat;

            /**
             * Decodes a SegmentNat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentNat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentNat;

            /**
             * Verifies a SegmentNat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentNat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentNat
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentNat;

            /**
             * Creates a plain object from a SegmentNat message. Also converts values to other types if specified.
             * @param message SegmentNat
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentNat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentNat to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentNat
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentRouteTable. */
        interface ISegmentRouteTable {

            /** SegmentRouteTable table */
            table?: (number|null);

            /** SegmentRouteTable tableName */
            tableName?: (number|null);

            /** SegmentRouteTable error */
            error?: (number|null);
        }

        /** Represents a SegmentRouteTable. */
        class SegmentRouteTable implements ISegmentRouteTable {

            /**
             * Constructs a new SegmentRouteTable.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentRouteTable);

            /** SegmentRouteTable table. */
            public table: number;

            /** SegmentRouteTable tableName. */
            public tableName: number;

            /** SegmentRouteTable error. */
            public error: number;

            /**
             * Creates a new SegmentRouteTable instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentRouteTable instance
             */
            public static create(properties?: packetlife.v1.ISegmentRouteTable): packetlife.v1.SegmentRouteTable;

            /**
             * Encodes the specified SegmentRouteTable message. Does not implicitly {@link packetlife.v1.SegmentRouteTable.verify|verify} messages.
             * @param message SegmentRouteTable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentRouteTable, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentRouteTable message, length delimited. Does not implicitly {@link packetlife.v1.SegmentRouteTable.verify|verify} messages.
             * @param message SegmentRouteTable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentRouteTable, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentRouteTable message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentRouteTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentRouteTable;

            /**
             * Decodes a SegmentRouteTable message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentRouteTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentRouteTable;

            /**
             * Verifies a SegmentRouteTable message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentRouteTable message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentRouteTable
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentRouteTable;

            /**
             * Creates a plain object from a SegmentRouteTable message. Also converts values to other types if specified.
             * @param message SegmentRouteTable
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentRouteTable, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentRouteTable to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentRouteTable
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentRoute. */
        interface ISegmentRoute {

            /** SegmentRoute atHop */
            atHop?: (number|null);

            /** SegmentRoute table */
            table?: (number|null);

            /** SegmentRoute tableName */
            tableName?: (number|null);

            /** SegmentRoute dst */
            dst?: (number|null);

            /** SegmentRoute gateway */
            gateway?: (number|null);

            /** SegmentRoute dev */
            dev?: (number|null);

            /** SegmentRoute eni */
            eni?: (number|null);

            /** SegmentRoute consulted */
            consulted?: (packetlife.v1.ISegmentRouteTable[]|null);

            /** SegmentRoute hasError */
            hasError?: (boolean|null);

            /** SegmentRoute error */
            error?: (number|null);

            /** SegmentRoute node */
            node?: (number|null);

            /** SegmentRoute hasConsulted */
            hasConsulted?: (boolean|null);
        }

        /** Represents a SegmentRoute. */
        class SegmentRoute implements ISegmentRoute {

            /**
             * Constructs a new SegmentRoute.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentRoute);

            /** SegmentRoute atHop. */
            public atHop: number;

            /** SegmentRoute table. */
            public table: number;

            /** SegmentRoute tableName. */
            public tableName: number;

            /** SegmentRoute dst. */
            public dst: number;

            /** SegmentRoute gateway. */
            public gateway: number;

            /** SegmentRoute dev. */
            public dev: number;

            /** SegmentRoute eni. */
            public eni: number;

            /** SegmentRoute consulted. */
            public consulted: packetlife.v1.ISegmentRouteTable[];

            /** SegmentRoute hasError. */
            public hasError: boolean;

            /** SegmentRoute error. */
            public error: number;

            /** SegmentRoute node. */
            public node: number;

            /** SegmentRoute hasConsulted. */
            public hasConsulted: boolean;

            /**
             * Creates a new SegmentRoute instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentRoute instance
             */
            public static create(properties?: packetlife.v1.ISegmentRoute): packetlife.v1.SegmentRoute;

            /**
             * Encodes the specified SegmentRoute message. Does not implicitly {@link packetlife.v1.SegmentRoute.verify|verify} messages.
             * @param message SegmentRoute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentRoute, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentRoute message, length delimited. Does not implicitly {@link packetlife.v1.SegmentRoute.verify|verify} messages.
             * @param message SegmentRoute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentRoute, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentRoute message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentRoute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentRoute;

            /**
             * Decodes a SegmentRoute message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentRoute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentRoute;

            /**
             * Verifies a SegmentRoute message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentRoute message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentRoute
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentRoute;

            /**
             * Creates a plain object from a SegmentRoute message. Also converts values to other types if specified.
             * @param message SegmentRoute
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentRoute, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentRoute to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentRoute
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentDrop. */
        interface ISegmentDrop {

            /** SegmentDrop atHop */
            atHop?: (number|null);

            /** SegmentDrop reason */
            reason?: (number|null);

            /** SegmentDrop place */
            place?: (number|null);

            /** SegmentDrop timeDeltaNs */
            timeDeltaNs?: (number|Long|null);

            /** SegmentDrop meaning */
            meaning?: (number|null);

            /** SegmentDrop node */
            node?: (number|null);
        }

        /** Represents a SegmentDrop. */
        class SegmentDrop implements ISegmentDrop {

            /**
             * Constructs a new SegmentDrop.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentDrop);

            /** SegmentDrop atHop. */
            public atHop: number;

            /** SegmentDrop reason. */
            public reason: number;

            /** SegmentDrop place. */
            public place: number;

            /** SegmentDrop timeDeltaNs. */
            public timeDeltaNs: (number|Long);

            /** SegmentDrop meaning. */
            public meaning: number;

            /** SegmentDrop node. */
            public node: number;

            /**
             * Creates a new SegmentDrop instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentDrop instance
             */
            public static create(properties?: packetlife.v1.ISegmentDrop): packetlife.v1.SegmentDrop;

            /**
             * Encodes the specified SegmentDrop message. Does not implicitly {@link packetlife.v1.SegmentDrop.verify|verify} messages.
             * @param message SegmentDrop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentDrop, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentDrop message, length delimited. Does not implicitly {@link packetlife.v1.SegmentDrop.verify|verify} messages.
             * @param message SegmentDrop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentDrop, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentDrop message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentDrop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentDrop;

            /**
             * Decodes a SegmentDrop message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentDrop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentDrop;

            /**
             * Verifies a SegmentDrop message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentDrop message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentDrop
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentDrop;

            /**
             * Creates a plain object from a SegmentDrop message. Also converts values to other types if specified.
             * @param message SegmentDrop
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentDrop, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentDrop to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentDrop
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Segment. */
        interface ISegment {

            /** Segment node */
            node?: (number|null);

            /** Segment startUnixNs */
            startUnixNs?: (number|Long|null);

            /** Segment hops */
            hops?: (packetlife.v1.ISegmentHop[]|null);

            /** Segment start */
            start?: (number|null);

            /** Segment end */
            end?: (number|null);

            /** Segment direction */
            direction?: (number|null);

            /** Segment firstMonoNs */
            firstMonoNs?: (number|Long|null);

            /** Segment lastMonoDeltaNs */
            lastMonoDeltaNs?: (number|Long|null);

            /** Segment cts */
            cts?: (packetlife.v1.IConntrack[]|null);

            /** Segment ctOrder */
            ctOrder?: (number[]|null);

            /** Segment nats */
            nats?: (packetlife.v1.ISegmentNat[]|null);

            /** Segment routes */
            routes?: (packetlife.v1.ISegmentRoute[]|null);

            /** Segment drops */
            drops?: (packetlife.v1.ISegmentDrop[]|null);

            /** Segment startReasons */
            startReasons?: (packetlife.v1.ISegmentReason[]|null);

            /** Segment innerReasons */
            innerReasons?: (packetlife.v1.ISegmentReason[]|null);

            /** Segment endReasons */
            endReasons?: (packetlife.v1.ISegmentReason[]|null);

            /** Segment endDeltaNs */
            endDeltaNs?: (number|Long|null);

            /** Segment batchCts */
            batchCts?: (number[]|null);

            /** Segment ctStatus */
            ctStatus?: (number[]|null);

            /** Segment ctInfo */
            ctInfo?: (number[]|null);

            /** Segment ctMark */
            ctMark?: (number[]|null);

            /** Segment endAfterLastHopNs */
            endAfterLastHopNs?: (number|Long|null);

            /** Segment firstMonoAfterOffsetNs */
            firstMonoAfterOffsetNs?: (number|Long|null);

            /** Segment shape */
            shape?: (number|null);

            /** Segment lastMonoAfterHopsNs */
            lastMonoAfterHopsNs?: (number|Long|null);
        }

        /** Represents a Segment. */
        class Segment implements ISegment {

            /**
             * Constructs a new Segment.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegment);

            /** Segment node. */
            public node: number;

            /** Segment startUnixNs. */
            public startUnixNs: (number|Long);

            /** Segment hops. */
            public hops: packetlife.v1.ISegmentHop[];

            /** Segment start. */
            public start: number;

            /** Segment end. */
            public end: number;

            /** Segment direction. */
            public direction: number;

            /** Segment firstMonoNs. */
            public firstMonoNs: (number|Long);

            /** Segment lastMonoDeltaNs. */
            public lastMonoDeltaNs: (number|Long);

            /** Segment cts. */
            public cts: packetlife.v1.IConntrack[];

            /** Segment ctOrder. */
            public ctOrder: number[];

            /** Segment nats. */
            public nats: packetlife.v1.ISegmentNat[];

            /** Segment routes. */
            public routes: packetlife.v1.ISegmentRoute[];

            /** Segment drops. */
            public drops: packetlife.v1.ISegmentDrop[];

            /** Segment startReasons. */
            public startReasons: packetlife.v1.ISegmentReason[];

            /** Segment innerReasons. */
            public innerReasons: packetlife.v1.ISegmentReason[];

            /** Segment endReasons. */
            public endReasons: packetlife.v1.ISegmentReason[];

            /** Segment endDeltaNs. */
            public endDeltaNs: (number|Long);

            /** Segment batchCts. */
            public batchCts: number[];

            /** Segment ctStatus. */
            public ctStatus: number[];

            /** Segment ctInfo. */
            public ctInfo: number[];

            /** Segment ctMark. */
            public ctMark: number[];

            /** Segment endAfterLastHopNs. */
            public endAfterLastHopNs: (number|Long);

            /** Segment firstMonoAfterOffsetNs. */
            public firstMonoAfterOffsetNs: (number|Long);

            /** Segment shape. */
            public shape: number;

            /** Segment lastMonoAfterHopsNs. */
            public lastMonoAfterHopsNs: (number|Long);

            /**
             * Creates a new Segment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Segment instance
             */
            public static create(properties?: packetlife.v1.ISegment): packetlife.v1.Segment;

            /**
             * Encodes the specified Segment message. Does not implicitly {@link packetlife.v1.Segment.verify|verify} messages.
             * @param message Segment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegment, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Segment message, length delimited. Does not implicitly {@link packetlife.v1.Segment.verify|verify} messages.
             * @param message Segment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegment, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Segment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Segment;

            /**
             * Decodes a Segment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Segment;

            /**
             * Verifies a Segment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Segment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Segment
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Segment;

            /**
             * Creates a plain object from a Segment message. Also converts values to other types if specified.
             * @param message Segment
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Segment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Segment to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Segment
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentColumns. */
        interface ISegmentColumns {

            /** SegmentColumns baseUnixNs */
            baseUnixNs?: (number|Long|null);

            /** SegmentColumns segHops */
            segHops?: (number[]|null);

            /** SegmentColumns segStart */
            segStart?: ((number|Long)[]|null);

            /** SegmentColumns segShape */
            segShape?: (number[]|null);

            /** SegmentColumns segNode */
            segNode?: (number[]|null);

            /** SegmentColumns segMono */
            segMono?: ((number|Long)[]|null);

            /** SegmentColumns segLastMono */
            segLastMono?: ((number|Long)[]|null);

            /** SegmentColumns segEnd */
            segEnd?: ((number|Long)[]|null);

            /** SegmentColumns segCts */
            segCts?: (number[]|null);

            /** SegmentColumns segCtOrder */
            segCtOrder?: (number[]|null);

            /** SegmentColumns segNats */
            segNats?: (number[]|null);

            /** SegmentColumns segRoutes */
            segRoutes?: (number[]|null);

            /** SegmentColumns segDrops */
            segDrops?: (number[]|null);

            /** SegmentColumns segStartReasons */
            segStartReasons?: (number[]|null);

            /** SegmentColumns segInnerReasons */
            segInnerReasons?: (number[]|null);

            /** SegmentColumns segEndReasons */
            segEndReasons?: (number[]|null);

            /** SegmentColumns hopTime */
            hopTime?: ((number|Long)[]|null);

            /** SegmentColumns hopPlaceDir */
            hopPlaceDir?: (number[]|null);

            /** SegmentColumns hopMark */
            hopMark?: (number[]|null);

            /** SegmentColumns hopChange */
            hopChange?: (number[]|null);

            /** SegmentColumns ttl */
            ttl?: (number[]|null);

            /** SegmentColumns tuple */
            tuple?: (number[]|null);

            /** SegmentColumns pktIpVersion */
            pktIpVersion?: (number[]|null);

            /** SegmentColumns pktSrc */
            pktSrc?: (number[]|null);

            /** SegmentColumns pktDst */
            pktDst?: (number[]|null);

            /** SegmentColumns pktProtocol */
            pktProtocol?: (number[]|null);

            /** SegmentColumns pktSport */
            pktSport?: (number[]|null);

            /** SegmentColumns pktDport */
            pktDport?: (number[]|null);

            /** SegmentColumns pktIpId */
            pktIpId?: (number[]|null);

            /** SegmentColumns pktTtl */
            pktTtl?: (number[]|null);

            /** SegmentColumns pktLength */
            pktLength?: (number[]|null);

            /** SegmentColumns pktTcpFlags */
            pktTcpFlags?: (number[]|null);

            /** SegmentColumns pktTcpSeq */
            pktTcpSeq?: (number[]|null);

            /** SegmentColumns pktTcpAck */
            pktTcpAck?: (number[]|null);

            /** SegmentColumns pktIcmpType */
            pktIcmpType?: (number[]|null);

            /** SegmentColumns pktIcmpCode */
            pktIcmpCode?: (number[]|null);

            /** SegmentColumns pktIcmpId */
            pktIcmpId?: (number[]|null);

            /** SegmentColumns pktIcmpSeq */
            pktIcmpSeq?: (number[]|null);

            /** SegmentColumns addrV4 */
            addrV4?: (number[]|null);

            /** SegmentColumns addrV6 */
            addrV6?: (Uint8Array[]|null);

            /** SegmentColumns tupSrc */
            tupSrc?: (number[]|null);

            /** SegmentColumns tupDst */
            tupDst?: (number[]|null);

            /** SegmentColumns tupSport */
            tupSport?: (number[]|null);

            /** SegmentColumns tupDport */
            tupDport?: (number[]|null);

            /** SegmentColumns tupProtocol */
            tupProtocol?: (number[]|null);

            /** SegmentColumns ctId */
            ctId?: ((number|Long)[]|null);

            /** SegmentColumns ctOriginal */
            ctOriginal?: (number[]|null);

            /** SegmentColumns ctReply */
            ctReply?: (number[]|null);

            /** SegmentColumns sctCt */
            sctCt?: (number[]|null);

            /** SegmentColumns sctStatus */
            sctStatus?: (number[]|null);

            /** SegmentColumns sctInfo */
            sctInfo?: (number[]|null);

            /** SegmentColumns sctMark */
            sctMark?: (number[]|null);

            /** SegmentColumns ctOrder */
            ctOrder?: (number[]|null);

            /** SegmentColumns natNode */
            natNode?: (number[]|null);

            /** SegmentColumns natKind */
            natKind?: (number[]|null);

            /** SegmentColumns natAfterHop */
            natAfterHop?: (number[]|null);

            /** SegmentColumns natBefore */
            natBefore?: (number[]|null);

            /** SegmentColumns natAfter */
            natAfter?: (number[]|null);

            /** SegmentColumns natCt */
            natCt?: (number[]|null);

            /** SegmentColumns natFlags */
            natFlags?: (number[]|null);

            /** SegmentColumns natReason */
            natReason?: (number[]|null);

            /** SegmentColumns natCause */
            natCause?: (number[]|null);

            /** SegmentColumns natService */
            natService?: (number[]|null);

            /** SegmentColumns natEndpointPod */
            natEndpointPod?: (number[]|null);

            /** SegmentColumns natcStatus */
            natcStatus?: (number[]|null);

            /** SegmentColumns natcOriginal */
            natcOriginal?: (number[]|null);

            /** SegmentColumns natcReply */
            natcReply?: (number[]|null);

            /** SegmentColumns routeNode */
            routeNode?: (number[]|null);

            /** SegmentColumns routeAtHop */
            routeAtHop?: (number[]|null);

            /** SegmentColumns routeTable */
            routeTable?: (number[]|null);

            /** SegmentColumns routeTableName */
            routeTableName?: (number[]|null);

            /** SegmentColumns routeDst */
            routeDst?: (number[]|null);

            /** SegmentColumns routeGateway */
            routeGateway?: (number[]|null);

            /** SegmentColumns routeDev */
            routeDev?: (number[]|null);

            /** SegmentColumns routeEni */
            routeEni?: (number[]|null);

            /** SegmentColumns routeFlags */
            routeFlags?: (number[]|null);

            /** SegmentColumns routeError */
            routeError?: (number[]|null);

            /** SegmentColumns routeConsulted */
            routeConsulted?: (number[]|null);

            /** SegmentColumns rcTable */
            rcTable?: (number[]|null);

            /** SegmentColumns rcTableName */
            rcTableName?: (number[]|null);

            /** SegmentColumns rcError */
            rcError?: (number[]|null);

            /** SegmentColumns dropNode */
            dropNode?: (number[]|null);

            /** SegmentColumns dropAtHop */
            dropAtHop?: (number[]|null);

            /** SegmentColumns dropReason */
            dropReason?: (number[]|null);

            /** SegmentColumns dropPlace */
            dropPlace?: (number[]|null);

            /** SegmentColumns dropTime */
            dropTime?: ((number|Long)[]|null);

            /** SegmentColumns dropMeaning */
            dropMeaning?: (number[]|null);

            /** SegmentColumns reasonCode */
            reasonCode?: (number[]|null);

            /** SegmentColumns reasonNode */
            reasonNode?: (number[]|null);

            /** SegmentColumns reasonText */
            reasonText?: (number[]|null);

            /** SegmentColumns segStartSec */
            segStartSec?: ((number|Long)[]|null);

            /** SegmentColumns segFirstMono */
            segFirstMono?: ((number|Long)[]|null);
        }

        /** Represents a SegmentColumns. */
        class SegmentColumns implements ISegmentColumns {

            /**
             * Constructs a new SegmentColumns.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentColumns);

            /** SegmentColumns baseUnixNs. */
            public baseUnixNs: (number|Long);

            /** SegmentColumns segHops. */
            public segHops: number[];

            /** SegmentColumns segStart. */
            public segStart: (number|Long)[];

            /** SegmentColumns segShape. */
            public segShape: number[];

            /** SegmentColumns segNode. */
            public segNode: number[];

            /** SegmentColumns segMono. */
            public segMono: (number|Long)[];

            /** SegmentColumns segLastMono. */
            public segLastMono: (number|Long)[];

            /** SegmentColumns segEnd. */
            public segEnd: (number|Long)[];

            /** SegmentColumns segCts. */
            public segCts: number[];

            /** SegmentColumns segCtOrder. */
            public segCtOrder: number[];

            /** SegmentColumns segNats. */
            public segNats: number[];

            /** SegmentColumns segRoutes. */
            public segRoutes: number[];

            /** SegmentColumns segDrops. */
            public segDrops: number[];

            /** SegmentColumns segStartReasons. */
            public segStartReasons: number[];

            /** SegmentColumns segInnerReasons. */
            public segInnerReasons: number[];

            /** SegmentColumns segEndReasons. */
            public segEndReasons: number[];

            /** SegmentColumns hopTime. */
            public hopTime: (number|Long)[];

            /** SegmentColumns hopPlaceDir. */
            public hopPlaceDir: number[];

            /** SegmentColumns hopMark. */
            public hopMark: number[];

            /** SegmentColumns hopChange. */
            public hopChange: number[];

            /** SegmentColumns ttl. */
            public ttl: number[];

            /** SegmentColumns tuple. */
            public tuple: number[];

            /** SegmentColumns pktIpVersion. */
            public pktIpVersion: number[];

            /** SegmentColumns pktSrc. */
            public pktSrc: number[];

            /** SegmentColumns pktDst. */
            public pktDst: number[];

            /** SegmentColumns pktProtocol. */
            public pktProtocol: number[];

            /** SegmentColumns pktSport. */
            public pktSport: number[];

            /** SegmentColumns pktDport. */
            public pktDport: number[];

            /** SegmentColumns pktIpId. */
            public pktIpId: number[];

            /** SegmentColumns pktTtl. */
            public pktTtl: number[];

            /** SegmentColumns pktLength. */
            public pktLength: number[];

            /** SegmentColumns pktTcpFlags. */
            public pktTcpFlags: number[];

            /** SegmentColumns pktTcpSeq. */
            public pktTcpSeq: number[];

            /** SegmentColumns pktTcpAck. */
            public pktTcpAck: number[];

            /** SegmentColumns pktIcmpType. */
            public pktIcmpType: number[];

            /** SegmentColumns pktIcmpCode. */
            public pktIcmpCode: number[];

            /** SegmentColumns pktIcmpId. */
            public pktIcmpId: number[];

            /** SegmentColumns pktIcmpSeq. */
            public pktIcmpSeq: number[];

            /** SegmentColumns addrV4. */
            public addrV4: number[];

            /** SegmentColumns addrV6. */
            public addrV6: Uint8Array[];

            /** SegmentColumns tupSrc. */
            public tupSrc: number[];

            /** SegmentColumns tupDst. */
            public tupDst: number[];

            /** SegmentColumns tupSport. */
            public tupSport: number[];

            /** SegmentColumns tupDport. */
            public tupDport: number[];

            /** SegmentColumns tupProtocol. */
            public tupProtocol: number[];

            /** SegmentColumns ctId. */
            public ctId: (number|Long)[];

            /** SegmentColumns ctOriginal. */
            public ctOriginal: number[];

            /** SegmentColumns ctReply. */
            public ctReply: number[];

            /** SegmentColumns sctCt. */
            public sctCt: number[];

            /** SegmentColumns sctStatus. */
            public sctStatus: number[];

            /** SegmentColumns sctInfo. */
            public sctInfo: number[];

            /** SegmentColumns sctMark. */
            public sctMark: number[];

            /** SegmentColumns ctOrder. */
            public ctOrder: number[];

            /** SegmentColumns natNode. */
            public natNode: number[];

            /** SegmentColumns natKind. */
            public natKind: number[];

            /** SegmentColumns natAfterHop. */
            public natAfterHop: number[];

            /** SegmentColumns natBefore. */
            public natBefore: number[];

            /** SegmentColumns natAfter. */
            public natAfter: number[];

            /** SegmentColumns natCt. */
            public natCt: number[];

            /** SegmentColumns natFlags. */
            public natFlags: number[];

            /** SegmentColumns natReason. */
            public natReason: number[];

            /** SegmentColumns natCause. */
            public natCause: number[];

            /** SegmentColumns natService. */
            public natService: number[];

            /** SegmentColumns natEndpointPod. */
            public natEndpointPod: number[];

            /** SegmentColumns natcStatus. */
            public natcStatus: number[];

            /** SegmentColumns natcOriginal. */
            public natcOriginal: number[];

            /** SegmentColumns natcReply. */
            public natcReply: number[];

            /** SegmentColumns routeNode. */
            public routeNode: number[];

            /** SegmentColumns routeAtHop. */
            public routeAtHop: number[];

            /** SegmentColumns routeTable. */
            public routeTable: number[];

            /** SegmentColumns routeTableName. */
            public routeTableName: number[];

            /** SegmentColumns routeDst. */
            public routeDst: number[];

            /** SegmentColumns routeGateway. */
            public routeGateway: number[];

            /** SegmentColumns routeDev. */
            public routeDev: number[];

            /** SegmentColumns routeEni. */
            public routeEni: number[];

            /** SegmentColumns routeFlags. */
            public routeFlags: number[];

            /** SegmentColumns routeError. */
            public routeError: number[];

            /** SegmentColumns routeConsulted. */
            public routeConsulted: number[];

            /** SegmentColumns rcTable. */
            public rcTable: number[];

            /** SegmentColumns rcTableName. */
            public rcTableName: number[];

            /** SegmentColumns rcError. */
            public rcError: number[];

            /** SegmentColumns dropNode. */
            public dropNode: number[];

            /** SegmentColumns dropAtHop. */
            public dropAtHop: number[];

            /** SegmentColumns dropReason. */
            public dropReason: number[];

            /** SegmentColumns dropPlace. */
            public dropPlace: number[];

            /** SegmentColumns dropTime. */
            public dropTime: (number|Long)[];

            /** SegmentColumns dropMeaning. */
            public dropMeaning: number[];

            /** SegmentColumns reasonCode. */
            public reasonCode: number[];

            /** SegmentColumns reasonNode. */
            public reasonNode: number[];

            /** SegmentColumns reasonText. */
            public reasonText: number[];

            /** SegmentColumns segStartSec. */
            public segStartSec: (number|Long)[];

            /** SegmentColumns segFirstMono. */
            public segFirstMono: (number|Long)[];

            /**
             * Creates a new SegmentColumns instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentColumns instance
             */
            public static create(properties?: packetlife.v1.ISegmentColumns): packetlife.v1.SegmentColumns;

            /**
             * Encodes the specified SegmentColumns message. Does not implicitly {@link packetlife.v1.SegmentColumns.verify|verify} messages.
             * @param message SegmentColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentColumns message, length delimited. Does not implicitly {@link packetlife.v1.SegmentColumns.verify|verify} messages.
             * @param message SegmentColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentColumns message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentColumns;

            /**
             * Decodes a SegmentColumns message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentColumns;

            /**
             * Verifies a SegmentColumns message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentColumns message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentColumns
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentColumns;

            /**
             * Creates a plain object from a SegmentColumns message. Also converts values to other types if specified.
             * @param message SegmentColumns
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentColumns, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentColumns to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentColumns
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SegmentCounters. */
        interface ISegmentCounters {

            /** SegmentCounters events */
            events?: (number|Long|null);

            /** SegmentCounters duplicates */
            duplicates?: (number|Long|null);

            /** SegmentCounters lateDropped */
            lateDropped?: (number|Long|null);

            /** SegmentCounters unusable */
            unusable?: (number|Long|null);

            /** SegmentCounters freedAfterDelivery */
            freedAfterDelivery?: (number|Long|null);

            /** SegmentCounters routeEvents */
            routeEvents?: (number|Long|null);

            /** SegmentCounters routesEvicted */
            routesEvicted?: (number|Long|null);

            /** SegmentCounters chainsOpen */
            chainsOpen?: (number|Long|null);

            /** SegmentCounters chainsClosed */
            chainsClosed?: (number|Long|null);

            /** SegmentCounters chainsEvicted */
            chainsEvicted?: (number|Long|null);

            /** SegmentCounters segments */
            segments?: (number|Long|null);
        }

        /** Represents a SegmentCounters. */
        class SegmentCounters implements ISegmentCounters {

            /**
             * Constructs a new SegmentCounters.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISegmentCounters);

            /** SegmentCounters events. */
            public events: (number|Long);

            /** SegmentCounters duplicates. */
            public duplicates: (number|Long);

            /** SegmentCounters lateDropped. */
            public lateDropped: (number|Long);

            /** SegmentCounters unusable. */
            public unusable: (number|Long);

            /** SegmentCounters freedAfterDelivery. */
            public freedAfterDelivery: (number|Long);

            /** SegmentCounters routeEvents. */
            public routeEvents: (number|Long);

            /** SegmentCounters routesEvicted. */
            public routesEvicted: (number|Long);

            /** SegmentCounters chainsOpen. */
            public chainsOpen: (number|Long);

            /** SegmentCounters chainsClosed. */
            public chainsClosed: (number|Long);

            /** SegmentCounters chainsEvicted. */
            public chainsEvicted: (number|Long);

            /** SegmentCounters segments. */
            public segments: (number|Long);

            /**
             * Creates a new SegmentCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentCounters instance
             */
            public static create(properties?: packetlife.v1.ISegmentCounters): packetlife.v1.SegmentCounters;

            /**
             * Encodes the specified SegmentCounters message. Does not implicitly {@link packetlife.v1.SegmentCounters.verify|verify} messages.
             * @param message SegmentCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISegmentCounters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SegmentCounters message, length delimited. Does not implicitly {@link packetlife.v1.SegmentCounters.verify|verify} messages.
             * @param message SegmentCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISegmentCounters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentCounters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SegmentCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SegmentCounters;

            /**
             * Decodes a SegmentCounters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SegmentCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SegmentCounters;

            /**
             * Verifies a SegmentCounters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentCounters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentCounters
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SegmentCounters;

            /**
             * Creates a plain object from a SegmentCounters message. Also converts values to other types if specified.
             * @param message SegmentCounters
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SegmentCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentCounters to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SegmentCounters
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LossWindow. */
        interface ILossWindow {

            /** LossWindow fromUnixNs */
            fromUnixNs?: (number|Long|null);

            /** LossWindow toUnixNs */
            toUnixNs?: (number|Long|null);

            /** LossWindow events */
            events?: (number|Long|null);

            /** LossWindow cause */
            cause?: (string|null);
        }

        /** Represents a LossWindow. */
        class LossWindow implements ILossWindow {

            /**
             * Constructs a new LossWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ILossWindow);

            /** LossWindow fromUnixNs. */
            public fromUnixNs: (number|Long);

            /** LossWindow toUnixNs. */
            public toUnixNs: (number|Long);

            /** LossWindow events. */
            public events: (number|Long);

            /** LossWindow cause. */
            public cause: string;

            /**
             * Creates a new LossWindow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LossWindow instance
             */
            public static create(properties?: packetlife.v1.ILossWindow): packetlife.v1.LossWindow;

            /**
             * Encodes the specified LossWindow message. Does not implicitly {@link packetlife.v1.LossWindow.verify|verify} messages.
             * @param message LossWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ILossWindow, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LossWindow message, length delimited. Does not implicitly {@link packetlife.v1.LossWindow.verify|verify} messages.
             * @param message LossWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ILossWindow, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LossWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LossWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.LossWindow;

            /**
             * Decodes a LossWindow message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns LossWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.LossWindow;

            /**
             * Verifies a LossWindow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LossWindow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LossWindow
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.LossWindow;

            /**
             * Creates a plain object from a LossWindow message. Also converts values to other types if specified.
             * @param message LossWindow
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.LossWindow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LossWindow to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for LossWindow
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LossCounters. */
        interface ILossCounters {

            /** LossCounters bpfLost */
            bpfLost?: (number|Long|null);

            /** LossCounters queueDroppedEvents */
            queueDroppedEvents?: (number|Long|null);

            /** LossCounters queueDroppedBatches */
            queueDroppedBatches?: (number|Long|null);

            /** LossCounters parseErrors */
            parseErrors?: (number|Long|null);

            /** LossCounters bpftraceRestarts */
            bpftraceRestarts?: (number|Long|null);

            /** LossCounters encodeErrors */
            encodeErrors?: (number|Long|null);
        }

        /** Represents a LossCounters. */
        class LossCounters implements ILossCounters {

            /**
             * Constructs a new LossCounters.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ILossCounters);

            /** LossCounters bpfLost. */
            public bpfLost: (number|Long);

            /** LossCounters queueDroppedEvents. */
            public queueDroppedEvents: (number|Long);

            /** LossCounters queueDroppedBatches. */
            public queueDroppedBatches: (number|Long);

            /** LossCounters parseErrors. */
            public parseErrors: (number|Long);

            /** LossCounters bpftraceRestarts. */
            public bpftraceRestarts: (number|Long);

            /** LossCounters encodeErrors. */
            public encodeErrors: (number|Long);

            /**
             * Creates a new LossCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LossCounters instance
             */
            public static create(properties?: packetlife.v1.ILossCounters): packetlife.v1.LossCounters;

            /**
             * Encodes the specified LossCounters message. Does not implicitly {@link packetlife.v1.LossCounters.verify|verify} messages.
             * @param message LossCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ILossCounters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LossCounters message, length delimited. Does not implicitly {@link packetlife.v1.LossCounters.verify|verify} messages.
             * @param message LossCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ILossCounters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LossCounters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LossCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.LossCounters;

            /**
             * Decodes a LossCounters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns LossCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.LossCounters;

            /**
             * Verifies a LossCounters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LossCounters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LossCounters
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.LossCounters;

            /**
             * Creates a plain object from a LossCounters message. Also converts values to other types if specified.
             * @param message LossCounters
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.LossCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LossCounters to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for LossCounters
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SessionAck. */
        interface ISessionAck {

            /** SessionAck sessionId */
            sessionId?: (string|null);

            /** SessionAck ok */
            ok?: (boolean|null);

            /** SessionAck error */
            error?: (string|null);

            /** SessionAck active */
            active?: (boolean|null);
        }

        /** Represents a SessionAck. */
        class SessionAck implements ISessionAck {

            /**
             * Constructs a new SessionAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ISessionAck);

            /** SessionAck sessionId. */
            public sessionId: string;

            /** SessionAck ok. */
            public ok: boolean;

            /** SessionAck error. */
            public error: string;

            /** SessionAck active. */
            public active: boolean;

            /**
             * Creates a new SessionAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionAck instance
             */
            public static create(properties?: packetlife.v1.ISessionAck): packetlife.v1.SessionAck;

            /**
             * Encodes the specified SessionAck message. Does not implicitly {@link packetlife.v1.SessionAck.verify|verify} messages.
             * @param message SessionAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ISessionAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SessionAck message, length delimited. Does not implicitly {@link packetlife.v1.SessionAck.verify|verify} messages.
             * @param message SessionAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ISessionAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SessionAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.SessionAck;

            /**
             * Decodes a SessionAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SessionAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.SessionAck;

            /**
             * Verifies a SessionAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionAck
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.SessionAck;

            /**
             * Creates a plain object from a SessionAck message. Also converts values to other types if specified.
             * @param message SessionAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.SessionAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionAck to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SessionAck
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Heartbeat. */
        interface IHeartbeat {

            /** Heartbeat unixNs */
            unixNs?: (number|Long|null);

            /** Heartbeat lastSeq */
            lastSeq?: (number|Long|null);
        }

        /** Represents a Heartbeat. */
        class Heartbeat implements IHeartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IHeartbeat);

            /** Heartbeat unixNs. */
            public unixNs: (number|Long);

            /** Heartbeat lastSeq. */
            public lastSeq: (number|Long);

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            public static create(properties?: packetlife.v1.IHeartbeat): packetlife.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link packetlife.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IHeartbeat, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link packetlife.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IHeartbeat, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Heartbeat;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Heartbeat;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Heartbeat
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StartSession. */
        interface IStartSession {

            /** StartSession sessionId */
            sessionId?: (string|null);

            /** StartSession filter */
            filter?: (packetlife.v1.IFilter|null);

            /** StartSession maxPackets */
            maxPackets?: (number|Long|null);

            /** StartSession maxDurationMs */
            maxDurationMs?: (number|Long|null);

            /** StartSession sampleOneIn */
            sampleOneIn?: (number|null);
        }

        /** Represents a StartSession. */
        class StartSession implements IStartSession {

            /**
             * Constructs a new StartSession.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IStartSession);

            /** StartSession sessionId. */
            public sessionId: string;

            /** StartSession filter. */
            public filter?: (packetlife.v1.IFilter|null);

            /** StartSession maxPackets. */
            public maxPackets: (number|Long);

            /** StartSession maxDurationMs. */
            public maxDurationMs: (number|Long);

            /** StartSession sampleOneIn. */
            public sampleOneIn: number;

            /**
             * Creates a new StartSession instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartSession instance
             */
            public static create(properties?: packetlife.v1.IStartSession): packetlife.v1.StartSession;

            /**
             * Encodes the specified StartSession message. Does not implicitly {@link packetlife.v1.StartSession.verify|verify} messages.
             * @param message StartSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IStartSession, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartSession message, length delimited. Does not implicitly {@link packetlife.v1.StartSession.verify|verify} messages.
             * @param message StartSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IStartSession, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartSession message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StartSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.StartSession;

            /**
             * Decodes a StartSession message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns StartSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.StartSession;

            /**
             * Verifies a StartSession message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartSession message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartSession
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.StartSession;

            /**
             * Creates a plain object from a StartSession message. Also converts values to other types if specified.
             * @param message StartSession
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.StartSession, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartSession to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for StartSession
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StopSession. */
        interface IStopSession {

            /** StopSession sessionId */
            sessionId?: (string|null);
        }

        /** Represents a StopSession. */
        class StopSession implements IStopSession {

            /**
             * Constructs a new StopSession.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IStopSession);

            /** StopSession sessionId. */
            public sessionId: string;

            /**
             * Creates a new StopSession instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopSession instance
             */
            public static create(properties?: packetlife.v1.IStopSession): packetlife.v1.StopSession;

            /**
             * Encodes the specified StopSession message. Does not implicitly {@link packetlife.v1.StopSession.verify|verify} messages.
             * @param message StopSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IStopSession, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopSession message, length delimited. Does not implicitly {@link packetlife.v1.StopSession.verify|verify} messages.
             * @param message StopSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IStopSession, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopSession message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StopSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.StopSession;

            /**
             * Decodes a StopSession message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns StopSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.StopSession;

            /**
             * Verifies a StopSession message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopSession message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopSession
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.StopSession;

            /**
             * Creates a plain object from a StopSession message. Also converts values to other types if specified.
             * @param message StopSession
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.StopSession, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopSession to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for StopSession
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Ack. */
        interface IAck {

            /** Ack seq */
            seq?: (number|Long|null);
        }

        /** Represents an Ack. */
        class Ack implements IAck {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IAck);

            /** Ack seq. */
            public seq: (number|Long);

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            public static create(properties?: packetlife.v1.IAck): packetlife.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link packetlife.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link packetlife.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Ack;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Ack;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Ack
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TopologyUpdate. */
        interface ITopologyUpdate {

            /** TopologyUpdate version */
            version?: (number|Long|null);

            /** TopologyUpdate json */
            json?: (string|null);

            /** TopologyUpdate clusterGzip */
            clusterGzip?: (Uint8Array|null);

            /** TopologyUpdate nodeJson */
            nodeJson?: (string|null);

            /** TopologyUpdate segmentColumns */
            segmentColumns?: (boolean|null);

            /** TopologyUpdate baseVersion */
            baseVersion?: (number|Long|null);

            /** TopologyUpdate clusterDeltaGzip */
            clusterDeltaGzip?: (Uint8Array|null);
        }

        /** Represents a TopologyUpdate. */
        class TopologyUpdate implements ITopologyUpdate {

            /**
             * Constructs a new TopologyUpdate.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ITopologyUpdate);

            /** TopologyUpdate version. */
            public version: (number|Long);

            /** TopologyUpdate json. */
            public json: string;

            /** TopologyUpdate clusterGzip. */
            public clusterGzip: Uint8Array;

            /** TopologyUpdate nodeJson. */
            public nodeJson: string;

            /** TopologyUpdate segmentColumns. */
            public segmentColumns: boolean;

            /** TopologyUpdate baseVersion. */
            public baseVersion: (number|Long);

            /** TopologyUpdate clusterDeltaGzip. */
            public clusterDeltaGzip: Uint8Array;

            /**
             * Creates a new TopologyUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopologyUpdate instance
             */
            public static create(properties?: packetlife.v1.ITopologyUpdate): packetlife.v1.TopologyUpdate;

            /**
             * Encodes the specified TopologyUpdate message. Does not implicitly {@link packetlife.v1.TopologyUpdate.verify|verify} messages.
             * @param message TopologyUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ITopologyUpdate, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TopologyUpdate message, length delimited. Does not implicitly {@link packetlife.v1.TopologyUpdate.verify|verify} messages.
             * @param message TopologyUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ITopologyUpdate, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopologyUpdate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TopologyUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.TopologyUpdate;

            /**
             * Decodes a TopologyUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TopologyUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.TopologyUpdate;

            /**
             * Verifies a TopologyUpdate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TopologyUpdate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TopologyUpdate
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.TopologyUpdate;

            /**
             * Creates a plain object from a TopologyUpdate message. Also converts values to other types if specified.
             * @param message TopologyUpdate
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.TopologyUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TopologyUpdate to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TopologyUpdate
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Welcome. */
        interface IWelcome {

            /** Welcome readsSegments */
            readsSegments?: (boolean|null);
        }

        /** Represents a Welcome. */
        class Welcome implements IWelcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IWelcome);

            /** Welcome readsSegments. */
            public readsSegments: boolean;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            public static create(properties?: packetlife.v1.IWelcome): packetlife.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link packetlife.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IWelcome, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link packetlife.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IWelcome, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Welcome;

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Welcome;

            /**
             * Verifies a Welcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Welcome
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Goodbye. */
        interface IGoodbye {

            /** Goodbye reason */
            reason?: (string|null);
        }

        /** Represents a Goodbye. */
        class Goodbye implements IGoodbye {

            /**
             * Constructs a new Goodbye.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IGoodbye);

            /** Goodbye reason. */
            public reason: string;

            /**
             * Creates a new Goodbye instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Goodbye instance
             */
            public static create(properties?: packetlife.v1.IGoodbye): packetlife.v1.Goodbye;

            /**
             * Encodes the specified Goodbye message. Does not implicitly {@link packetlife.v1.Goodbye.verify|verify} messages.
             * @param message Goodbye message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IGoodbye, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Goodbye message, length delimited. Does not implicitly {@link packetlife.v1.Goodbye.verify|verify} messages.
             * @param message Goodbye message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IGoodbye, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Goodbye message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Goodbye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Goodbye;

            /**
             * Decodes a Goodbye message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Goodbye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Goodbye;

            /**
             * Verifies a Goodbye message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Goodbye message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Goodbye
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Goodbye;

            /**
             * Creates a plain object from a Goodbye message. Also converts values to other types if specified.
             * @param message Goodbye
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Goodbye, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Goodbye to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Goodbye
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Filter. */
        interface IFilter {

            /** Filter expr */
            expr?: (packetlife.v1.IFilterExpr|null);

            /** Filter netnsInodes */
            netnsInodes?: ((number|Long)[]|null);
        }

        /** Represents a Filter. */
        class Filter implements IFilter {

            /**
             * Constructs a new Filter.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilter);

            /** Filter expr. */
            public expr?: (packetlife.v1.IFilterExpr|null);

            /** Filter netnsInodes. */
            public netnsInodes: (number|Long)[];

            /**
             * Creates a new Filter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Filter instance
             */
            public static create(properties?: packetlife.v1.IFilter): packetlife.v1.Filter;

            /**
             * Encodes the specified Filter message. Does not implicitly {@link packetlife.v1.Filter.verify|verify} messages.
             * @param message Filter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Filter message, length delimited. Does not implicitly {@link packetlife.v1.Filter.verify|verify} messages.
             * @param message Filter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Filter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Filter;

            /**
             * Decodes a Filter message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Filter;

            /**
             * Verifies a Filter message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Filter message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Filter
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Filter;

            /**
             * Creates a plain object from a Filter message. Also converts values to other types if specified.
             * @param message Filter
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Filter, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Filter to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Filter
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilterExpr. */
        interface IFilterExpr {

            /** FilterExpr and */
            and?: (packetlife.v1.IFilterAnd|null);

            /** FilterExpr or */
            or?: (packetlife.v1.IFilterOr|null);

            /** FilterExpr not */
            not?: (packetlife.v1.IFilterExpr|null);

            /** FilterExpr host */
            host?: (packetlife.v1.IFilterHost|null);

            /** FilterExpr net */
            net?: (packetlife.v1.IFilterNet|null);

            /** FilterExpr port */
            port?: (packetlife.v1.IFilterPort|null);

            /** FilterExpr proto */
            proto?: (packetlife.v1.IFilterProto|null);
        }

        /** Represents a FilterExpr. */
        class FilterExpr implements IFilterExpr {

            /**
             * Constructs a new FilterExpr.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilterExpr);

            /** FilterExpr and. */
            public and?: (packetlife.v1.IFilterAnd|null);

            /** FilterExpr or. */
            public or?: (packetlife.v1.IFilterOr|null);

            /** FilterExpr not. */
            public not?: (packetlife.v1.IFilterExpr|null);

            /** FilterExpr host. */
            public host?: (packetlife.v1.IFilterHost|null);

            /** FilterExpr net. */
            public net?: (packetlife.v1.IFilterNet|null);

            /** FilterExpr port. */
            public port?: (packetlife.v1.IFilterPort|null);

            /** FilterExpr proto. */
            public proto?: (packetlife.v1.IFilterProto|null);

            /** FilterExpr node. */
            public node?: ("and"|"or"|"not"|"host"|"net"|"port"|"proto");

            /**
             * Creates a new FilterExpr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterExpr instance
             */
            public static create(properties?: packetlife.v1.IFilterExpr): packetlife.v1.FilterExpr;

            /**
             * Encodes the specified FilterExpr message. Does not implicitly {@link packetlife.v1.FilterExpr.verify|verify} messages.
             * @param message FilterExpr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilterExpr, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FilterExpr message, length delimited. Does not implicitly {@link packetlife.v1.FilterExpr.verify|verify} messages.
             * @param message FilterExpr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilterExpr, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterExpr message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilterExpr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.FilterExpr;

            /**
             * Decodes a FilterExpr message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FilterExpr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.FilterExpr;

            /**
             * Verifies a FilterExpr message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterExpr message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterExpr
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.FilterExpr;

            /**
             * Creates a plain object from a FilterExpr message. Also converts values to other types if specified.
             * @param message FilterExpr
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.FilterExpr, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterExpr to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FilterExpr
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilterAnd. */
        interface IFilterAnd {

            /** FilterAnd terms */
            terms?: (packetlife.v1.IFilterExpr[]|null);
        }

        /** Represents a FilterAnd. */
        class FilterAnd implements IFilterAnd {

            /**
             * Constructs a new FilterAnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilterAnd);

            /** FilterAnd terms. */
            public terms: packetlife.v1.IFilterExpr[];

            /**
             * Creates a new FilterAnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterAnd instance
             */
            public static create(properties?: packetlife.v1.IFilterAnd): packetlife.v1.FilterAnd;

            /**
             * Encodes the specified FilterAnd message. Does not implicitly {@link packetlife.v1.FilterAnd.verify|verify} messages.
             * @param message FilterAnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilterAnd, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FilterAnd message, length delimited. Does not implicitly {@link packetlife.v1.FilterAnd.verify|verify} messages.
             * @param message FilterAnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilterAnd, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterAnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilterAnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.FilterAnd;

            /**
             * Decodes a FilterAnd message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FilterAnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.FilterAnd;

            /**
             * Verifies a FilterAnd message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterAnd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterAnd
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.FilterAnd;

            /**
             * Creates a plain object from a FilterAnd message. Also converts values to other types if specified.
             * @param message FilterAnd
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.FilterAnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterAnd to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FilterAnd
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilterOr. */
        interface IFilterOr {

            /** FilterOr terms */
            terms?: (packetlife.v1.IFilterExpr[]|null);
        }

        /** Represents a FilterOr. */
        class FilterOr implements IFilterOr {

            /**
             * Constructs a new FilterOr.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilterOr);

            /** FilterOr terms. */
            public terms: packetlife.v1.IFilterExpr[];

            /**
             * Creates a new FilterOr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterOr instance
             */
            public static create(properties?: packetlife.v1.IFilterOr): packetlife.v1.FilterOr;

            /**
             * Encodes the specified FilterOr message. Does not implicitly {@link packetlife.v1.FilterOr.verify|verify} messages.
             * @param message FilterOr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilterOr, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FilterOr message, length delimited. Does not implicitly {@link packetlife.v1.FilterOr.verify|verify} messages.
             * @param message FilterOr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilterOr, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterOr message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilterOr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.FilterOr;

            /**
             * Decodes a FilterOr message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FilterOr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.FilterOr;

            /**
             * Verifies a FilterOr message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterOr message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterOr
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.FilterOr;

            /**
             * Creates a plain object from a FilterOr message. Also converts values to other types if specified.
             * @param message FilterOr
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.FilterOr, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterOr to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FilterOr
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** FilterDir enum. */
        enum FilterDir {
            DIR_ANY = 0,
            DIR_SRC = 1,
            DIR_DST = 2
        }

        /** Properties of a FilterHost. */
        interface IFilterHost {

            /** FilterHost dir */
            dir?: (packetlife.v1.FilterDir|null);

            /** FilterHost ipv4 */
            ipv4?: (number|null);

            /** FilterHost ipv6 */
            ipv6?: (Uint8Array|null);
        }

        /** Represents a FilterHost. */
        class FilterHost implements IFilterHost {

            /**
             * Constructs a new FilterHost.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilterHost);

            /** FilterHost dir. */
            public dir: packetlife.v1.FilterDir;

            /** FilterHost ipv4. */
            public ipv4: number;

            /** FilterHost ipv6. */
            public ipv6: Uint8Array;

            /**
             * Creates a new FilterHost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterHost instance
             */
            public static create(properties?: packetlife.v1.IFilterHost): packetlife.v1.FilterHost;

            /**
             * Encodes the specified FilterHost message. Does not implicitly {@link packetlife.v1.FilterHost.verify|verify} messages.
             * @param message FilterHost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilterHost, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FilterHost message, length delimited. Does not implicitly {@link packetlife.v1.FilterHost.verify|verify} messages.
             * @param message FilterHost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilterHost, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterHost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilterHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.FilterHost;

            /**
             * Decodes a FilterHost message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FilterHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.FilterHost;

            /**
             * Verifies a FilterHost message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterHost message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterHost
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.FilterHost;

            /**
             * Creates a plain object from a FilterHost message. Also converts values to other types if specified.
             * @param message FilterHost
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.FilterHost, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterHost to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FilterHost
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilterNet. */
        interface IFilterNet {

            /** FilterNet dir */
            dir?: (packetlife.v1.FilterDir|null);

            /** FilterNet ipv4 */
            ipv4?: (number|null);

            /** FilterNet prefixLen */
            prefixLen?: (number|null);

            /** FilterNet ipv6 */
            ipv6?: (Uint8Array|null);
        }

        /** Represents a FilterNet. */
        class FilterNet implements IFilterNet {

            /**
             * Constructs a new FilterNet.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilterNet);

            /** FilterNet dir. */
            public dir: packetlife.v1.FilterDir;

            /** FilterNet ipv4. */
            public ipv4: number;

            /** FilterNet prefixLen. */
            public prefixLen: number;

            /** FilterNet ipv6. */
            public ipv6: Uint8Array;

            /**
             * Creates a new FilterNet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterNet instance
             */
            public static create(properties?: packetlife.v1.IFilterNet): packetlife.v1.FilterNet;

            /**
             * Encodes the specified FilterNet message. Does not implicitly {@link packetlife.v1.FilterNet.verify|verify} messages.
             * @param message FilterNet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilterNet, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FilterNet message, length delimited. Does not implicitly {@link packetlife.v1.FilterNet.verify|verify} messages.
             * @param message FilterNet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilterNet, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterNet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilterNet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.FilterNet;

            /**
             * Decodes a FilterNet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FilterNet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.FilterNet;

            /**
             * Verifies a FilterNet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterNet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterNet
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.FilterNet;

            /**
             * Creates a plain object from a FilterNet message. Also converts values to other types if specified.
             * @param message FilterNet
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.FilterNet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterNet to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FilterNet
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilterPort. */
        interface IFilterPort {

            /** FilterPort dir */
            dir?: (packetlife.v1.FilterDir|null);

            /** FilterPort port */
            port?: (number|null);
        }

        /** Represents a FilterPort. */
        class FilterPort implements IFilterPort {

            /**
             * Constructs a new FilterPort.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilterPort);

            /** FilterPort dir. */
            public dir: packetlife.v1.FilterDir;

            /** FilterPort port. */
            public port: number;

            /**
             * Creates a new FilterPort instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterPort instance
             */
            public static create(properties?: packetlife.v1.IFilterPort): packetlife.v1.FilterPort;

            /**
             * Encodes the specified FilterPort message. Does not implicitly {@link packetlife.v1.FilterPort.verify|verify} messages.
             * @param message FilterPort message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilterPort, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FilterPort message, length delimited. Does not implicitly {@link packetlife.v1.FilterPort.verify|verify} messages.
             * @param message FilterPort message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilterPort, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterPort message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilterPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.FilterPort;

            /**
             * Decodes a FilterPort message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FilterPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.FilterPort;

            /**
             * Verifies a FilterPort message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterPort message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterPort
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.FilterPort;

            /**
             * Creates a plain object from a FilterPort message. Also converts values to other types if specified.
             * @param message FilterPort
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.FilterPort, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterPort to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FilterPort
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FilterProto. */
        interface IFilterProto {

            /** FilterProto ipProto */
            ipProto?: (number|null);
        }

        /** Represents a FilterProto. */
        class FilterProto implements IFilterProto {

            /**
             * Constructs a new FilterProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IFilterProto);

            /** FilterProto ipProto. */
            public ipProto: number;

            /**
             * Creates a new FilterProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FilterProto instance
             */
            public static create(properties?: packetlife.v1.IFilterProto): packetlife.v1.FilterProto;

            /**
             * Encodes the specified FilterProto message. Does not implicitly {@link packetlife.v1.FilterProto.verify|verify} messages.
             * @param message FilterProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IFilterProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FilterProto message, length delimited. Does not implicitly {@link packetlife.v1.FilterProto.verify|verify} messages.
             * @param message FilterProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IFilterProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FilterProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FilterProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.FilterProto;

            /**
             * Decodes a FilterProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FilterProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.FilterProto;

            /**
             * Verifies a FilterProto message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FilterProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FilterProto
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.FilterProto;

            /**
             * Creates a plain object from a FilterProto message. Also converts values to other types if specified.
             * @param message FilterProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.FilterProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FilterProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FilterProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** EventKind enum. */
        enum EventKind {
            EVENT_KIND_UNSPECIFIED = 0,
            RECEIVE = 1,
            TRANSMIT = 2,
            ROUTE_LOOKUP = 3,
            DROP = 4,
            NAT = 5
        }

        /** Properties of an Event. */
        interface IEvent {

            /** Event kind */
            kind?: (packetlife.v1.EventKind|null);

            /** Event monoNs */
            monoNs?: (number|Long|null);

            /** Event wallUnixNs */
            wallUnixNs?: (number|Long|null);

            /** Event node */
            node?: (string|null);

            /** Event cpu */
            cpu?: (number|null);

            /** Event netns */
            netns?: (number|Long|null);

            /** Event ifindex */
            ifindex?: (number|null);

            /** Event ifname */
            ifname?: (string|null);

            /** Event skb */
            skb?: (number|Long|null);

            /** Event packet */
            packet?: (packetlife.v1.IPacket|null);

            /** Event mark */
            mark?: (number|null);

            /** Event ct */
            ct?: (packetlife.v1.IConntrack|null);

            /** Event route */
            route?: (packetlife.v1.IRouteLookup|null);

            /** Event drop */
            drop?: (packetlife.v1.IDrop|null);

            /** Event pod */
            pod?: (string|null);
        }

        /** Represents an Event. */
        class Event implements IEvent {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IEvent);

            /** Event kind. */
            public kind: packetlife.v1.EventKind;

            /** Event monoNs. */
            public monoNs: (number|Long);

            /** Event wallUnixNs. */
            public wallUnixNs: (number|Long);

            /** Event node. */
            public node: string;

            /** Event cpu. */
            public cpu: number;

            /** Event netns. */
            public netns: (number|Long);

            /** Event ifindex. */
            public ifindex: number;

            /** Event ifname. */
            public ifname: string;

            /** Event skb. */
            public skb: (number|Long);

            /** Event packet. */
            public packet?: (packetlife.v1.IPacket|null);

            /** Event mark. */
            public mark: number;

            /** Event ct. */
            public ct?: (packetlife.v1.IConntrack|null);

            /** Event route. */
            public route?: (packetlife.v1.IRouteLookup|null);

            /** Event drop. */
            public drop?: (packetlife.v1.IDrop|null);

            /** Event pod. */
            public pod: string;

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            public static create(properties?: packetlife.v1.IEvent): packetlife.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link packetlife.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link packetlife.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Event;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Event;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Event
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Packet. */
        interface IPacket {

            /** Packet ipVersion */
            ipVersion?: (number|null);

            /** Packet srcV4 */
            srcV4?: (number|null);

            /** Packet dstV4 */
            dstV4?: (number|null);

            /** Packet protocol */
            protocol?: (number|null);

            /** Packet sport */
            sport?: (number|null);

            /** Packet dport */
            dport?: (number|null);

            /** Packet ipId */
            ipId?: (number|null);

            /** Packet ttl */
            ttl?: (number|null);

            /** Packet length */
            length?: (number|null);

            /** Packet tcpFlags */
            tcpFlags?: (number|null);

            /** Packet tcpSeq */
            tcpSeq?: (number|null);

            /** Packet tcpAck */
            tcpAck?: (number|null);

            /** Packet icmpType */
            icmpType?: (number|null);

            /** Packet icmpCode */
            icmpCode?: (number|null);

            /** Packet icmpId */
            icmpId?: (number|null);

            /** Packet icmpSeq */
            icmpSeq?: (number|null);

            /** Packet srcV6 */
            srcV6?: (Uint8Array|null);

            /** Packet dstV6 */
            dstV6?: (Uint8Array|null);
        }

        /** Represents a Packet. */
        class Packet implements IPacket {

            /**
             * Constructs a new Packet.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IPacket);

            /** Packet ipVersion. */
            public ipVersion: number;

            /** Packet srcV4. */
            public srcV4: number;

            /** Packet dstV4. */
            public dstV4: number;

            /** Packet protocol. */
            public protocol: number;

            /** Packet sport. */
            public sport: number;

            /** Packet dport. */
            public dport: number;

            /** Packet ipId. */
            public ipId: number;

            /** Packet ttl. */
            public ttl: number;

            /** Packet length. */
            public length: number;

            /** Packet tcpFlags. */
            public tcpFlags: number;

            /** Packet tcpSeq. */
            public tcpSeq: number;

            /** Packet tcpAck. */
            public tcpAck: number;

            /** Packet icmpType. */
            public icmpType: number;

            /** Packet icmpCode. */
            public icmpCode: number;

            /** Packet icmpId. */
            public icmpId: number;

            /** Packet icmpSeq. */
            public icmpSeq: number;

            /** Packet srcV6. */
            public srcV6: Uint8Array;

            /** Packet dstV6. */
            public dstV6: Uint8Array;

            /**
             * Creates a new Packet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Packet instance
             */
            public static create(properties?: packetlife.v1.IPacket): packetlife.v1.Packet;

            /**
             * Encodes the specified Packet message. Does not implicitly {@link packetlife.v1.Packet.verify|verify} messages.
             * @param message Packet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IPacket, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Packet message, length delimited. Does not implicitly {@link packetlife.v1.Packet.verify|verify} messages.
             * @param message Packet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IPacket, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Packet;

            /**
             * Decodes a Packet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Packet;

            /**
             * Verifies a Packet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Packet
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Packet;

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @param message Packet
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Packet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Packet to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Packet
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Tuple. */
        interface ITuple {

            /** Tuple srcV4 */
            srcV4?: (number|null);

            /** Tuple dstV4 */
            dstV4?: (number|null);

            /** Tuple sport */
            sport?: (number|null);

            /** Tuple dport */
            dport?: (number|null);

            /** Tuple protocol */
            protocol?: (number|null);

            /** Tuple srcV6 */
            srcV6?: (Uint8Array|null);

            /** Tuple dstV6 */
            dstV6?: (Uint8Array|null);
        }

        /** Represents a Tuple. */
        class Tuple implements ITuple {

            /**
             * Constructs a new Tuple.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ITuple);

            /** Tuple srcV4. */
            public srcV4: number;

            /** Tuple dstV4. */
            public dstV4: number;

            /** Tuple sport. */
            public sport: number;

            /** Tuple dport. */
            public dport: number;

            /** Tuple protocol. */
            public protocol: number;

            /** Tuple srcV6. */
            public srcV6: Uint8Array;

            /** Tuple dstV6. */
            public dstV6: Uint8Array;

            /**
             * Creates a new Tuple instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tuple instance
             */
            public static create(properties?: packetlife.v1.ITuple): packetlife.v1.Tuple;

            /**
             * Encodes the specified Tuple message. Does not implicitly {@link packetlife.v1.Tuple.verify|verify} messages.
             * @param message Tuple message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ITuple, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Tuple message, length delimited. Does not implicitly {@link packetlife.v1.Tuple.verify|verify} messages.
             * @param message Tuple message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ITuple, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tuple message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Tuple
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Tuple;

            /**
             * Decodes a Tuple message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Tuple
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Tuple;

            /**
             * Verifies a Tuple message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Tuple message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Tuple
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Tuple;

            /**
             * Creates a plain object from a Tuple message. Also converts values to other types if specified.
             * @param message Tuple
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Tuple, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Tuple to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Tuple
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Conntrack. */
        interface IConntrack {

            /** Conntrack status */
            status?: (number|null);

            /** Conntrack ctinfo */
            ctinfo?: (number|null);

            /** Conntrack original */
            original?: (packetlife.v1.ITuple|null);

            /** Conntrack reply */
            reply?: (packetlife.v1.ITuple|null);

            /** Conntrack mark */
            mark?: (number|null);

            /** Conntrack id */
            id?: (number|Long|null);

            /** Conntrack replyIsInverse */
            replyIsInverse?: (boolean|null);
        }

        /** Represents a Conntrack. */
        class Conntrack implements IConntrack {

            /**
             * Constructs a new Conntrack.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IConntrack);

            /** Conntrack status. */
            public status: number;

            /** Conntrack ctinfo. */
            public ctinfo: number;

            /** Conntrack original. */
            public original?: (packetlife.v1.ITuple|null);

            /** Conntrack reply. */
            public reply?: (packetlife.v1.ITuple|null);

            /** Conntrack mark. */
            public mark: number;

            /** Conntrack id. */
            public id: (number|Long);

            /** Conntrack replyIsInverse. */
            public replyIsInverse: boolean;

            /**
             * Creates a new Conntrack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Conntrack instance
             */
            public static create(properties?: packetlife.v1.IConntrack): packetlife.v1.Conntrack;

            /**
             * Encodes the specified Conntrack message. Does not implicitly {@link packetlife.v1.Conntrack.verify|verify} messages.
             * @param message Conntrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IConntrack, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Conntrack message, length delimited. Does not implicitly {@link packetlife.v1.Conntrack.verify|verify} messages.
             * @param message Conntrack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IConntrack, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Conntrack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Conntrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Conntrack;

            /**
             * Decodes a Conntrack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Conntrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Conntrack;

            /**
             * Verifies a Conntrack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Conntrack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Conntrack
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Conntrack;

            /**
             * Creates a plain object from a Conntrack message. Also converts values to other types if specified.
             * @param message Conntrack
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Conntrack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Conntrack to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Conntrack
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RouteLookup. */
        interface IRouteLookup {

            /** RouteLookup table */
            table?: (number|null);

            /** RouteLookup error */
            error?: (number|null);

            /** RouteLookup srcV4 */
            srcV4?: (number|null);

            /** RouteLookup dstV4 */
            dstV4?: (number|null);

            /** RouteLookup gatewayV4 */
            gatewayV4?: (number|null);

            /** RouteLookup iif */
            iif?: (number|null);

            /** RouteLookup oif */
            oif?: (number|null);

            /** RouteLookup resultDev */
            resultDev?: (string|null);

            /** RouteLookup protocol */
            protocol?: (number|null);

            /** RouteLookup sport */
            sport?: (number|null);

            /** RouteLookup dport */
            dport?: (number|null);

            /** RouteLookup tos */
            tos?: (number|null);

            /** RouteLookup flowiMark */
            flowiMark?: (number|null);

            /** RouteLookup srcV6 */
            srcV6?: (Uint8Array|null);

            /** RouteLookup dstV6 */
            dstV6?: (Uint8Array|null);

            /** RouteLookup gatewayV6 */
            gatewayV6?: (Uint8Array|null);
        }

        /** Represents a RouteLookup. */
        class RouteLookup implements IRouteLookup {

            /**
             * Constructs a new RouteLookup.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IRouteLookup);

            /** RouteLookup table. */
            public table: number;

            /** RouteLookup error. */
            public error: number;

            /** RouteLookup srcV4. */
            public srcV4: number;

            /** RouteLookup dstV4. */
            public dstV4: number;

            /** RouteLookup gatewayV4. */
            public gatewayV4: number;

            /** RouteLookup iif. */
            public iif: number;

            /** RouteLookup oif. */
            public oif: number;

            /** RouteLookup resultDev. */
            public resultDev: string;

            /** RouteLookup protocol. */
            public protocol: number;

            /** RouteLookup sport. */
            public sport: number;

            /** RouteLookup dport. */
            public dport: number;

            /** RouteLookup tos. */
            public tos: number;

            /** RouteLookup flowiMark. */
            public flowiMark: number;

            /** RouteLookup srcV6. */
            public srcV6: Uint8Array;

            /** RouteLookup dstV6. */
            public dstV6: Uint8Array;

            /** RouteLookup gatewayV6. */
            public gatewayV6: Uint8Array;

            /**
             * Creates a new RouteLookup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RouteLookup instance
             */
            public static create(properties?: packetlife.v1.IRouteLookup): packetlife.v1.RouteLookup;

            /**
             * Encodes the specified RouteLookup message. Does not implicitly {@link packetlife.v1.RouteLookup.verify|verify} messages.
             * @param message RouteLookup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IRouteLookup, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RouteLookup message, length delimited. Does not implicitly {@link packetlife.v1.RouteLookup.verify|verify} messages.
             * @param message RouteLookup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IRouteLookup, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RouteLookup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RouteLookup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.RouteLookup;

            /**
             * Decodes a RouteLookup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RouteLookup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.RouteLookup;

            /**
             * Verifies a RouteLookup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RouteLookup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RouteLookup
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.RouteLookup;

            /**
             * Creates a plain object from a RouteLookup message. Also converts values to other types if specified.
             * @param message RouteLookup
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.RouteLookup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RouteLookup to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RouteLookup
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Drop. */
        interface IDrop {

            /** Drop reasonCode */
            reasonCode?: (number|null);

            /** Drop reason */
            reason?: (string|null);

            /** Drop location */
            location?: (number|Long|null);
        }

        /** Represents a Drop. */
        class Drop implements IDrop {

            /**
             * Constructs a new Drop.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IDrop);

            /** Drop reasonCode. */
            public reasonCode: number;

            /** Drop reason. */
            public reason: string;

            /** Drop location. */
            public location: (number|Long);

            /**
             * Creates a new Drop instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Drop instance
             */
            public static create(properties?: packetlife.v1.IDrop): packetlife.v1.Drop;

            /**
             * Encodes the specified Drop message. Does not implicitly {@link packetlife.v1.Drop.verify|verify} messages.
             * @param message Drop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IDrop, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Drop message, length delimited. Does not implicitly {@link packetlife.v1.Drop.verify|verify} messages.
             * @param message Drop message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IDrop, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Drop message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Drop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.Drop;

            /**
             * Decodes a Drop message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Drop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.Drop;

            /**
             * Verifies a Drop message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Drop message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Drop
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.Drop;

            /**
             * Creates a plain object from a Drop message. Also converts values to other types if specified.
             * @param message Drop
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.Drop, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Drop to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Drop
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TopologySnapshot. */
        interface ITopologySnapshot {

            /** TopologySnapshot node */
            node?: (string|null);

            /** TopologySnapshot takenUnixNs */
            takenUnixNs?: (number|Long|null);

            /** TopologySnapshot netns */
            netns?: (packetlife.v1.INetnsState[]|null);

            /** TopologySnapshot iptablesNat */
            iptablesNat?: (string|null);

            /** TopologySnapshot iptablesMangle */
            iptablesMangle?: (string|null);

            /** TopologySnapshot pods */
            pods?: (packetlife.v1.IPodRef[]|null);

            /** TopologySnapshot generation */
            generation?: (number|Long|null);
        }

        /** Represents a TopologySnapshot. */
        class TopologySnapshot implements ITopologySnapshot {

            /**
             * Constructs a new TopologySnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.ITopologySnapshot);

            /** TopologySnapshot node. */
            public node: string;

            /** TopologySnapshot takenUnixNs. */
            public takenUnixNs: (number|Long);

            /** TopologySnapshot netns. */
            public netns: packetlife.v1.INetnsState[];

            /** TopologySnapshot iptablesNat. */
            public iptablesNat: string;

            /** TopologySnapshot iptablesMangle. */
            public iptablesMangle: string;

            /** TopologySnapshot pods. */
            public pods: packetlife.v1.IPodRef[];

            /** TopologySnapshot generation. */
            public generation: (number|Long);

            /**
             * Creates a new TopologySnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopologySnapshot instance
             */
            public static create(properties?: packetlife.v1.ITopologySnapshot): packetlife.v1.TopologySnapshot;

            /**
             * Encodes the specified TopologySnapshot message. Does not implicitly {@link packetlife.v1.TopologySnapshot.verify|verify} messages.
             * @param message TopologySnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.ITopologySnapshot, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TopologySnapshot message, length delimited. Does not implicitly {@link packetlife.v1.TopologySnapshot.verify|verify} messages.
             * @param message TopologySnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.ITopologySnapshot, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopologySnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TopologySnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.TopologySnapshot;

            /**
             * Decodes a TopologySnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TopologySnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.TopologySnapshot;

            /**
             * Verifies a TopologySnapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TopologySnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TopologySnapshot
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.TopologySnapshot;

            /**
             * Creates a plain object from a TopologySnapshot message. Also converts values to other types if specified.
             * @param message TopologySnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.TopologySnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TopologySnapshot to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TopologySnapshot
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PodRef. */
        interface IPodRef {

            /** PodRef namespace */
            namespace?: (string|null);

            /** PodRef name */
            name?: (string|null);

            /** PodRef ip */
            ip?: (string|null);

            /** PodRef netns */
            netns?: (number|Long|null);

            /** PodRef labels */
            labels?: ({ [k: string]: string }|null);
        }

        /** Represents a PodRef. */
        class PodRef implements IPodRef {

            /**
             * Constructs a new PodRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.IPodRef);

            /** PodRef namespace. */
            public namespace: string;

            /** PodRef name. */
            public name: string;

            /** PodRef ip. */
            public ip: string;

            /** PodRef netns. */
            public netns: (number|Long);

            /** PodRef labels. */
            public labels: { [k: string]: string };

            /**
             * Creates a new PodRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodRef instance
             */
            public static create(properties?: packetlife.v1.IPodRef): packetlife.v1.PodRef;

            /**
             * Encodes the specified PodRef message. Does not implicitly {@link packetlife.v1.PodRef.verify|verify} messages.
             * @param message PodRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.IPodRef, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PodRef message, length delimited. Does not implicitly {@link packetlife.v1.PodRef.verify|verify} messages.
             * @param message PodRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.IPodRef, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PodRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.PodRef;

            /**
             * Decodes a PodRef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns PodRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.PodRef;

            /**
             * Verifies a PodRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PodRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PodRef
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.PodRef;

            /**
             * Creates a plain object from a PodRef message. Also converts values to other types if specified.
             * @param message PodRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.PodRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PodRef to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PodRef
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a NetnsState. */
        interface INetnsState {

            /** NetnsState inode */
            inode?: (number|Long|null);

            /** NetnsState name */
            name?: (string|null);

            /** NetnsState host */
            host?: (boolean|null);

            /** NetnsState linksJson */
            linksJson?: (string|null);

            /** NetnsState addrsJson */
            addrsJson?: (string|null);

            /** NetnsState routesJson */
            routesJson?: (string|null);

            /** NetnsState rulesJson */
            rulesJson?: (string|null);

            /** NetnsState neighboursJson */
            neighboursJson?: (string|null);
        }

        /** Represents a NetnsState. */
        class NetnsState implements INetnsState {

            /**
             * Constructs a new NetnsState.
             * @param [properties] Properties to set
             */
            constructor(properties?: packetlife.v1.INetnsState);

            /** NetnsState inode. */
            public inode: (number|Long);

            /** NetnsState name. */
            public name: string;

            /** NetnsState host. */
            public host: boolean;

            /** NetnsState linksJson. */
            public linksJson: string;

            /** NetnsState addrsJson. */
            public addrsJson: string;

            /** NetnsState routesJson. */
            public routesJson: string;

            /** NetnsState rulesJson. */
            public rulesJson: string;

            /** NetnsState neighboursJson. */
            public neighboursJson: string;

            /**
             * Creates a new NetnsState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetnsState instance
             */
            public static create(properties?: packetlife.v1.INetnsState): packetlife.v1.NetnsState;

            /**
             * Encodes the specified NetnsState message. Does not implicitly {@link packetlife.v1.NetnsState.verify|verify} messages.
             * @param message NetnsState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: packetlife.v1.INetnsState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetnsState message, length delimited. Does not implicitly {@link packetlife.v1.NetnsState.verify|verify} messages.
             * @param message NetnsState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: packetlife.v1.INetnsState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetnsState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NetnsState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): packetlife.v1.NetnsState;

            /**
             * Decodes a NetnsState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns NetnsState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): packetlife.v1.NetnsState;

            /**
             * Verifies a NetnsState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetnsState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetnsState
             */
            public static fromObject(object: { [k: string]: any }): packetlife.v1.NetnsState;

            /**
             * Creates a plain object from a NetnsState message. Also converts values to other types if specified.
             * @param message NetnsState
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: packetlife.v1.NetnsState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetnsState to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for NetnsState
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
