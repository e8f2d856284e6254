/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const packetlife = $root.packetlife = (() => {

    /**
     * Namespace packetlife.
     * @exports packetlife
     * @namespace
     */
    const packetlife = {};

    packetlife.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof packetlife
         * @namespace
         */
        const v1 = {};

        v1.AgentFrame = (function() {

            /**
             * Properties of an AgentFrame.
             * @memberof packetlife.v1
             * @interface IAgentFrame
             * @property {packetlife.v1.IHello|null} [hello] AgentFrame hello
             * @property {packetlife.v1.ITopologySnapshot|null} [topology] AgentFrame topology
             * @property {packetlife.v1.IEventBatch|null} [events] AgentFrame events
             * @property {packetlife.v1.ISessionAck|null} [sessionAck] AgentFrame sessionAck
             * @property {packetlife.v1.IHeartbeat|null} [heartbeat] AgentFrame heartbeat
             * @property {packetlife.v1.FrameOrigin|null} [origin] AgentFrame origin
             */

            /**
             * Constructs a new AgentFrame.
             * @memberof packetlife.v1
             * @classdesc Represents an AgentFrame.
             * @implements IAgentFrame
             * @constructor
             * @param {packetlife.v1.IAgentFrame=} [properties] Properties to set
             */
            function AgentFrame(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AgentFrame hello.
             * @member {packetlife.v1.IHello|null|undefined} hello
             * @memberof packetlife.v1.AgentFrame
             * @instance
             */
            AgentFrame.prototype.hello = null;

            /**
             * AgentFrame topology.
             * @member {packetlife.v1.ITopologySnapshot|null|undefined} topology
             * @memberof packetlife.v1.AgentFrame
             * @instance
             */
            AgentFrame.prototype.topology = null;

            /**
             * AgentFrame events.
             * @member {packetlife.v1.IEventBatch|null|undefined} events
             * @memberof packetlife.v1.AgentFrame
             * @instance
             */
            AgentFrame.prototype.events = null;

            /**
             * AgentFrame sessionAck.
             * @member {packetlife.v1.ISessionAck|null|undefined} sessionAck
             * @memberof packetlife.v1.AgentFrame
             * @instance
             */
            AgentFrame.prototype.sessionAck = null;

            /**
             * AgentFrame heartbeat.
             * @member {packetlife.v1.IHeartbeat|null|undefined} heartbeat
             * @memberof packetlife.v1.AgentFrame
             * @instance
             */
            AgentFrame.prototype.heartbeat = null;

            /**
             * AgentFrame origin.
             * @member {packetlife.v1.FrameOrigin} origin
             * @memberof packetlife.v1.AgentFrame
             * @instance
             */
            AgentFrame.prototype.origin = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AgentFrame body.
             * @member {"hello"|"topology"|"events"|"sessionAck"|"heartbeat"|undefined} body
             * @memberof packetlife.v1.AgentFrame
             * @instance
             */
            Object.defineProperty(AgentFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "topology", "events", "sessionAck", "heartbeat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AgentFrame instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {packetlife.v1.IAgentFrame=} [properties] Properties to set
             * @returns {packetlife.v1.AgentFrame} AgentFrame instance
             */
            AgentFrame.create = function create(properties) {
                return new AgentFrame(properties);
            };

            /**
             * Encodes the specified AgentFrame message. Does not implicitly {@link packetlife.v1.AgentFrame.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {packetlife.v1.IAgentFrame} message AgentFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentFrame.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello"))
                    $root.packetlife.v1.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.topology != null && Object.hasOwnProperty.call(message, "topology"))
                    $root.packetlife.v1.TopologySnapshot.encode(message.topology, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    $root.packetlife.v1.EventBatch.encode(message.events, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.sessionAck != null && Object.hasOwnProperty.call(message, "sessionAck"))
                    $root.packetlife.v1.SessionAck.encode(message.sessionAck, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.packetlife.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.origin != null && Object.hasOwnProperty.call(message, "origin"))
                    writer.uint32(/* id 15, wireType 0 =*/120).int32(message.origin);
                return writer;
            };

            /**
             * Encodes the specified AgentFrame message, length delimited. Does not implicitly {@link packetlife.v1.AgentFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {packetlife.v1.IAgentFrame} message AgentFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentFrame.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an AgentFrame message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.AgentFrame} AgentFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentFrame.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.AgentFrame();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.hello = $root.packetlife.v1.Hello.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.topology = $root.packetlife.v1.TopologySnapshot.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.events = $root.packetlife.v1.EventBatch.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.sessionAck = $root.packetlife.v1.SessionAck.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.heartbeat = $root.packetlife.v1.Heartbeat.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.origin = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an AgentFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.AgentFrame} AgentFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentFrame.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an AgentFrame message.
             * @function verify
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentFrame.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.Hello.verify(message.hello, long + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.topology != null && Object.hasOwnProperty.call(message, "topology")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.TopologySnapshot.verify(message.topology, long + 1);
                        if (error)
                            return "topology." + error;
                    }
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.EventBatch.verify(message.events, long + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                if (message.sessionAck != null && Object.hasOwnProperty.call(message, "sessionAck")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.SessionAck.verify(message.sessionAck, long + 1);
                        if (error)
                            return "sessionAck." + error;
                    }
                }
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.Heartbeat.verify(message.heartbeat, long + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.origin != null && Object.hasOwnProperty.call(message, "origin"))
                    switch (message.origin) {
                    default:
                        return "origin: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                return null;
            };

            /**
             * Creates an AgentFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.AgentFrame} AgentFrame
             */
            AgentFrame.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.AgentFrame)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.AgentFrame: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.AgentFrame();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw TypeError(".packetlife.v1.AgentFrame.hello: object expected");
                    message.hello = $root.packetlife.v1.Hello.fromObject(object.hello, long + 1);
                }
                if (object.topology != null) {
                    if (!$util.isObject(object.topology))
                        throw TypeError(".packetlife.v1.AgentFrame.topology: object expected");
                    message.topology = $root.packetlife.v1.TopologySnapshot.fromObject(object.topology, long + 1);
                }
                if (object.events != null) {
                    if (!$util.isObject(object.events))
                        throw TypeError(".packetlife.v1.AgentFrame.events: object expected");
                    message.events = $root.packetlife.v1.EventBatch.fromObject(object.events, long + 1);
                }
                if (object.sessionAck != null) {
                    if (!$util.isObject(object.sessionAck))
                        throw TypeError(".packetlife.v1.AgentFrame.sessionAck: object expected");
                    message.sessionAck = $root.packetlife.v1.SessionAck.fromObject(object.sessionAck, long + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw TypeError(".packetlife.v1.AgentFrame.heartbeat: object expected");
                    message.heartbeat = $root.packetlife.v1.Heartbeat.fromObject(object.heartbeat, long + 1);
                }
                switch (object.origin) {
                default:
                    if (typeof object.origin === "number") {
                        message.origin = object.origin;
                        break;
                    }
                    break;
                case "FRAME_ORIGIN_UNSPECIFIED":
                case 0:
                    message.origin = 0;
                    break;
                case "AGENT":
                case 1:
                    message.origin = 1;
                    break;
                case "COLLECTOR":
                case 2:
                    message.origin = 2;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from an AgentFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {packetlife.v1.AgentFrame} message AgentFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentFrame.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.origin = options.enums === String ? "FRAME_ORIGIN_UNSPECIFIED" : 0;
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.packetlife.v1.Hello.toObject(message.hello, options, q + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.topology != null && Object.hasOwnProperty.call(message, "topology")) {
                    object.topology = $root.packetlife.v1.TopologySnapshot.toObject(message.topology, options, q + 1);
                    if (options.oneofs)
                        object.body = "topology";
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    object.events = $root.packetlife.v1.EventBatch.toObject(message.events, options, q + 1);
                    if (options.oneofs)
                        object.body = "events";
                }
                if (message.sessionAck != null && Object.hasOwnProperty.call(message, "sessionAck")) {
                    object.sessionAck = $root.packetlife.v1.SessionAck.toObject(message.sessionAck, options, q + 1);
                    if (options.oneofs)
                        object.body = "sessionAck";
                }
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.packetlife.v1.Heartbeat.toObject(message.heartbeat, options, q + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.origin != null && Object.hasOwnProperty.call(message, "origin"))
                    object.origin = options.enums === String ? $root.packetlife.v1.FrameOrigin[message.origin] === undefined ? message.origin : $root.packetlife.v1.FrameOrigin[message.origin] : message.origin;
                return object;
            };

            /**
             * Converts this AgentFrame to JSON.
             * @function toJSON
             * @memberof packetlife.v1.AgentFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentFrame.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for AgentFrame
             * @function getTypeUrl
             * @memberof packetlife.v1.AgentFrame
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AgentFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.AgentFrame";
            };

            return AgentFrame;
        })();

        /**
         * FrameOrigin enum.
         * @name packetlife.v1.FrameOrigin
         * @enum {number}
         * @property {number} FRAME_ORIGIN_UNSPECIFIED=0 FRAME_ORIGIN_UNSPECIFIED value
         * @property {number} AGENT=1 AGENT value
         * @property {number} COLLECTOR=2 COLLECTOR value
         */
        v1.FrameOrigin = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "FRAME_ORIGIN_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AGENT"] = 1;
            values[valuesById[2] = "COLLECTOR"] = 2;
            return values;
        })();

        v1.CollectorFrame = (function() {

            /**
             * Properties of a CollectorFrame.
             * @memberof packetlife.v1
             * @interface ICollectorFrame
             * @property {packetlife.v1.IStartSession|null} [startSession] CollectorFrame startSession
             * @property {packetlife.v1.IStopSession|null} [stopSession] CollectorFrame stopSession
             * @property {packetlife.v1.IAck|null} [ack] CollectorFrame ack
             * @property {packetlife.v1.IHeartbeat|null} [heartbeat] CollectorFrame heartbeat
             * @property {packetlife.v1.IGoodbye|null} [goodbye] CollectorFrame goodbye
             * @property {packetlife.v1.ITopologyUpdate|null} [topology] CollectorFrame topology
             * @property {packetlife.v1.FrameOrigin|null} [origin] CollectorFrame origin
             */

            /**
             * Constructs a new CollectorFrame.
             * @memberof packetlife.v1
             * @classdesc Represents a CollectorFrame.
             * @implements ICollectorFrame
             * @constructor
             * @param {packetlife.v1.ICollectorFrame=} [properties] Properties to set
             */
            function CollectorFrame(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CollectorFrame startSession.
             * @member {packetlife.v1.IStartSession|null|undefined} startSession
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            CollectorFrame.prototype.startSession = null;

            /**
             * CollectorFrame stopSession.
             * @member {packetlife.v1.IStopSession|null|undefined} stopSession
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            CollectorFrame.prototype.stopSession = null;

            /**
             * CollectorFrame ack.
             * @member {packetlife.v1.IAck|null|undefined} ack
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            CollectorFrame.prototype.ack = null;

            /**
             * CollectorFrame heartbeat.
             * @member {packetlife.v1.IHeartbeat|null|undefined} heartbeat
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            CollectorFrame.prototype.heartbeat = null;

            /**
             * CollectorFrame goodbye.
             * @member {packetlife.v1.IGoodbye|null|undefined} goodbye
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            CollectorFrame.prototype.goodbye = null;

            /**
             * CollectorFrame topology.
             * @member {packetlife.v1.ITopologyUpdate|null|undefined} topology
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            CollectorFrame.prototype.topology = null;

            /**
             * CollectorFrame origin.
             * @member {packetlife.v1.FrameOrigin} origin
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            CollectorFrame.prototype.origin = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CollectorFrame body.
             * @member {"startSession"|"stopSession"|"ack"|"heartbeat"|"goodbye"|"topology"|undefined} body
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             */
            Object.defineProperty(CollectorFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["startSession", "stopSession", "ack", "heartbeat", "goodbye", "topology"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CollectorFrame instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {packetlife.v1.ICollectorFrame=} [properties] Properties to set
             * @returns {packetlife.v1.CollectorFrame} CollectorFrame instance
             */
            CollectorFrame.create = function create(properties) {
                return new CollectorFrame(properties);
            };

            /**
             * Encodes the specified CollectorFrame message. Does not implicitly {@link packetlife.v1.CollectorFrame.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {packetlife.v1.ICollectorFrame} message CollectorFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectorFrame.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.startSession != null && Object.hasOwnProperty.call(message, "startSession"))
                    $root.packetlife.v1.StartSession.encode(message.startSession, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.stopSession != null && Object.hasOwnProperty.call(message, "stopSession"))
                    $root.packetlife.v1.StopSession.encode(message.stopSession, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.ack != null && Object.hasOwnProperty.call(message, "ack"))
                    $root.packetlife.v1.Ack.encode(message.ack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.packetlife.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.goodbye != null && Object.hasOwnProperty.call(message, "goodbye"))
                    $root.packetlife.v1.Goodbye.encode(message.goodbye, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.topology != null && Object.hasOwnProperty.call(message, "topology"))
                    $root.packetlife.v1.TopologyUpdate.encode(message.topology, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.origin != null && Object.hasOwnProperty.call(message, "origin"))
                    writer.uint32(/* id 15, wireType 0 =*/120).int32(message.origin);
                return writer;
            };

            /**
             * Encodes the specified CollectorFrame message, length delimited. Does not implicitly {@link packetlife.v1.CollectorFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {packetlife.v1.ICollectorFrame} message CollectorFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CollectorFrame.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CollectorFrame message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.CollectorFrame} CollectorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectorFrame.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.CollectorFrame();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.startSession = $root.packetlife.v1.StartSession.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.stopSession = $root.packetlife.v1.StopSession.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.ack = $root.packetlife.v1.Ack.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.heartbeat = $root.packetlife.v1.Heartbeat.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.goodbye = $root.packetlife.v1.Goodbye.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.topology = $root.packetlife.v1.TopologyUpdate.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.origin = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a CollectorFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.CollectorFrame} CollectorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CollectorFrame.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CollectorFrame message.
             * @function verify
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CollectorFrame.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.startSession != null && Object.hasOwnProperty.call(message, "startSession")) {
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.StartSession.verify(message.startSession, long + 1);
                        if (error)
                            return "startSession." + error;
                    }
                }
                if (message.stopSession != null && Object.hasOwnProperty.call(message, "stopSession")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.StopSession.verify(message.stopSession, long + 1);
                        if (error)
                            return "stopSession." + error;
                    }
                }
                if (message.ack != null && Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.Ack.verify(message.ack, long + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.Heartbeat.verify(message.heartbeat, long + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.goodbye != null && Object.hasOwnProperty.call(message, "goodbye")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.Goodbye.verify(message.goodbye, long + 1);
                        if (error)
                            return "goodbye." + error;
                    }
                }
                if (message.topology != null && Object.hasOwnProperty.call(message, "topology")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.packetlife.v1.TopologyUpdate.verify(message.topology, long + 1);
                        if (error)
                            return "topology." + error;
                    }
                }
                if (message.origin != null && Object.hasOwnProperty.call(message, "origin"))
                    switch (message.origin) {
                    default:
                        return "origin: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                return null;
            };

            /**
             * Creates a CollectorFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.CollectorFrame} CollectorFrame
             */
            CollectorFrame.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.CollectorFrame)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.CollectorFrame: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.CollectorFrame();
                if (object.startSession != null) {
                    if (!$util.isObject(object.startSession))
                        throw TypeError(".packetlife.v1.CollectorFrame.startSession: object expected");
                    message.startSession = $root.packetlife.v1.StartSession.fromObject(object.startSession, long + 1);
                }
                if (object.stopSession != null) {
                    if (!$util.isObject(object.stopSession))
                        throw TypeError(".packetlife.v1.CollectorFrame.stopSession: object expected");
                    message.stopSession = $root.packetlife.v1.StopSession.fromObject(object.stopSession, long + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw TypeError(".packetlife.v1.CollectorFrame.ack: object expected");
                    message.ack = $root.packetlife.v1.Ack.fromObject(object.ack, long + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw TypeError(".packetlife.v1.CollectorFrame.heartbeat: object expected");
                    message.heartbeat = $root.packetlife.v1.Heartbeat.fromObject(object.heartbeat, long + 1);
                }
                if (object.goodbye != null) {
                    if (!$util.isObject(object.goodbye))
                        throw TypeError(".packetlife.v1.CollectorFrame.goodbye: object expected");
                    message.goodbye = $root.packetlife.v1.Goodbye.fromObject(object.goodbye, long + 1);
                }
                if (object.topology != null) {
                    if (!$util.isObject(object.topology))
                        throw TypeError(".packetlife.v1.CollectorFrame.topology: object expected");
                    message.topology = $root.packetlife.v1.TopologyUpdate.fromObject(object.topology, long + 1);
                }
                switch (object.origin) {
                default:
                    if (typeof object.origin === "number") {
                        message.origin = object.origin;
                        break;
                    }
                    break;
                case "FRAME_ORIGIN_UNSPECIFIED":
                case 0:
                    message.origin = 0;
                    break;
                case "AGENT":
                case 1:
                    message.origin = 1;
                    break;
                case "COLLECTOR":
                case 2:
                    message.origin = 2;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a CollectorFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {packetlife.v1.CollectorFrame} message CollectorFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CollectorFrame.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.origin = options.enums === String ? "FRAME_ORIGIN_UNSPECIFIED" : 0;
                if (message.startSession != null && Object.hasOwnProperty.call(message, "startSession")) {
                    object.startSession = $root.packetlife.v1.StartSession.toObject(message.startSession, options, q + 1);
                    if (options.oneofs)
                        object.body = "startSession";
                }
                if (message.stopSession != null && Object.hasOwnProperty.call(message, "stopSession")) {
                    object.stopSession = $root.packetlife.v1.StopSession.toObject(message.stopSession, options, q + 1);
                    if (options.oneofs)
                        object.body = "stopSession";
                }
                if (message.ack != null && Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.packetlife.v1.Ack.toObject(message.ack, options, q + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.packetlife.v1.Heartbeat.toObject(message.heartbeat, options, q + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.goodbye != null && Object.hasOwnProperty.call(message, "goodbye")) {
                    object.goodbye = $root.packetlife.v1.Goodbye.toObject(message.goodbye, options, q + 1);
                    if (options.oneofs)
                        object.body = "goodbye";
                }
                if (message.topology != null && Object.hasOwnProperty.call(message, "topology")) {
                    object.topology = $root.packetlife.v1.TopologyUpdate.toObject(message.topology, options, q + 1);
                    if (options.oneofs)
                        object.body = "topology";
                }
                if (message.origin != null && Object.hasOwnProperty.call(message, "origin"))
                    object.origin = options.enums === String ? $root.packetlife.v1.FrameOrigin[message.origin] === undefined ? message.origin : $root.packetlife.v1.FrameOrigin[message.origin] : message.origin;
                return object;
            };

            /**
             * Converts this CollectorFrame to JSON.
             * @function toJSON
             * @memberof packetlife.v1.CollectorFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CollectorFrame.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CollectorFrame
             * @function getTypeUrl
             * @memberof packetlife.v1.CollectorFrame
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CollectorFrame.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.CollectorFrame";
            };

            return CollectorFrame;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @memberof packetlife.v1
             * @interface IHello
             * @property {string|null} [agentId] Hello agentId
             * @property {string|null} [node] Hello node
             * @property {string|null} [agentVersion] Hello agentVersion
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {packetlife.v1.ICapabilities|null} [capabilities] Hello capabilities
             * @property {packetlife.v1.IScope|null} [scope] Hello scope
             * @property {number|Long|null} [resumeFromSeq] Hello resumeFromSeq
             */

            /**
             * Constructs a new Hello.
             * @memberof packetlife.v1
             * @classdesc Represents a Hello.
             * @implements IHello
             * @constructor
             * @param {packetlife.v1.IHello=} [properties] Properties to set
             */
            function Hello(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Hello agentId.
             * @member {string} agentId
             * @memberof packetlife.v1.Hello
             * @instance
             */
            Hello.prototype.agentId = "";

            /**
             * Hello node.
             * @member {string} node
             * @memberof packetlife.v1.Hello
             * @instance
             */
            Hello.prototype.node = "";

            /**
             * Hello agentVersion.
             * @member {string} agentVersion
             * @memberof packetlife.v1.Hello
             * @instance
             */
            Hello.prototype.agentVersion = "";

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof packetlife.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello capabilities.
             * @member {packetlife.v1.ICapabilities|null|undefined} capabilities
             * @memberof packetlife.v1.Hello
             * @instance
             */
            Hello.prototype.capabilities = null;

            /**
             * Hello scope.
             * @member {packetlife.v1.IScope|null|undefined} scope
             * @memberof packetlife.v1.Hello
             * @instance
             */
            Hello.prototype.scope = null;

            /**
             * Hello resumeFromSeq.
             * @member {number|Long} resumeFromSeq
             * @memberof packetlife.v1.Hello
             * @instance
             */
            Hello.prototype.resumeFromSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Hello
             * @static
             * @param {packetlife.v1.IHello=} [properties] Properties to set
             * @returns {packetlife.v1.Hello} Hello instance
             */
            Hello.create = function create(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link packetlife.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Hello
             * @static
             * @param {packetlife.v1.IHello} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.agentId != null && Object.hasOwnProperty.call(message, "agentId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agentId);
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.node);
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.agentVersion);
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocolVersion);
                if (message.capabilities != null && Object.hasOwnProperty.call(message, "capabilities"))
                    $root.packetlife.v1.Capabilities.encode(message.capabilities, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.scope != null && Object.hasOwnProperty.call(message, "scope"))
                    $root.packetlife.v1.Scope.encode(message.scope, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.resumeFromSeq != null && Object.hasOwnProperty.call(message, "resumeFromSeq"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.resumeFromSeq);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link packetlife.v1.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Hello
             * @static
             * @param {packetlife.v1.IHello} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Hello} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Hello();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.agentId = reader.string();
                            break;
                        }
                    case 2: {
                            message.node = reader.string();
                            break;
                        }
                    case 3: {
                            message.agentVersion = reader.string();
                            break;
                        }
                    case 4: {
                            message.protocolVersion = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.capabilities = $root.packetlife.v1.Capabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.scope = $root.packetlife.v1.Scope.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.resumeFromSeq = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Hello} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof packetlife.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.agentId != null && Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    if (!$util.isString(message.agentVersion))
                        return "agentVersion: string expected";
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.capabilities != null && Object.hasOwnProperty.call(message, "capabilities")) {
                    let error = $root.packetlife.v1.Capabilities.verify(message.capabilities, long + 1);
                    if (error)
                        return "capabilities." + error;
                }
                if (message.scope != null && Object.hasOwnProperty.call(message, "scope")) {
                    let error = $root.packetlife.v1.Scope.verify(message.scope, long + 1);
                    if (error)
                        return "scope." + error;
                }
                if (message.resumeFromSeq != null && Object.hasOwnProperty.call(message, "resumeFromSeq"))
                    if (!$util.isInteger(message.resumeFromSeq) && !(message.resumeFromSeq && $util.isInteger(message.resumeFromSeq.low) && $util.isInteger(message.resumeFromSeq.high)))
                        return "resumeFromSeq: integer|Long expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Hello} Hello
             */
            Hello.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Hello: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Hello();
                if (object.agentId != null)
                    message.agentId = String(object.agentId);
                if (object.node != null)
                    message.node = String(object.node);
                if (object.agentVersion != null)
                    message.agentVersion = String(object.agentVersion);
                if (object.protocolVersion != null)
                    message.protocolVersion = object.protocolVersion >>> 0;
                if (object.capabilities != null) {
                    if (!$util.isObject(object.capabilities))
                        throw TypeError(".packetlife.v1.Hello.capabilities: object expected");
                    message.capabilities = $root.packetlife.v1.Capabilities.fromObject(object.capabilities, long + 1);
                }
                if (object.scope != null) {
                    if (!$util.isObject(object.scope))
                        throw TypeError(".packetlife.v1.Hello.scope: object expected");
                    message.scope = $root.packetlife.v1.Scope.fromObject(object.scope, long + 1);
                }
                if (object.resumeFromSeq != null)
                    if ($util.Long)
                        message.resumeFromSeq = $util.Long.fromValue(object.resumeFromSeq, true);
                    else if (typeof object.resumeFromSeq === "string")
                        message.resumeFromSeq = parseInt(object.resumeFromSeq, 10);
                    else if (typeof object.resumeFromSeq === "number")
                        message.resumeFromSeq = object.resumeFromSeq;
                    else if (typeof object.resumeFromSeq === "object")
                        message.resumeFromSeq = new $util.LongBits(object.resumeFromSeq.low >>> 0, object.resumeFromSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Hello
             * @static
             * @param {packetlife.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.node = "";
                    object.agentVersion = "";
                    object.protocolVersion = 0;
                    object.capabilities = null;
                    object.scope = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resumeFromSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.resumeFromSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.agentId != null && Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.capabilities != null && Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = $root.packetlife.v1.Capabilities.toObject(message.capabilities, options, q + 1);
                if (message.scope != null && Object.hasOwnProperty.call(message, "scope"))
                    object.scope = $root.packetlife.v1.Scope.toObject(message.scope, options, q + 1);
                if (message.resumeFromSeq != null && Object.hasOwnProperty.call(message, "resumeFromSeq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.resumeFromSeq = typeof message.resumeFromSeq === "number" ? BigInt(message.resumeFromSeq) : $util.Long.fromBits(message.resumeFromSeq.low >>> 0, message.resumeFromSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.resumeFromSeq === "number")
                        object.resumeFromSeq = options.longs === String ? String(message.resumeFromSeq) : message.resumeFromSeq;
                    else
                        object.resumeFromSeq = options.longs === String ? $util.Long.prototype.toString.call(message.resumeFromSeq) : options.longs === Number ? new $util.LongBits(message.resumeFromSeq.low >>> 0, message.resumeFromSeq.high >>> 0).toNumber(true) : message.resumeFromSeq;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Hello
             * @function getTypeUrl
             * @memberof packetlife.v1.Hello
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Hello.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Hello";
            };

            return Hello;
        })();

        v1.Capabilities = (function() {

            /**
             * Properties of a Capabilities.
             * @memberof packetlife.v1
             * @interface ICapabilities
             * @property {string|null} [kernel] Capabilities kernel
             * @property {string|null} [bpftraceVersion] Capabilities bpftraceVersion
             * @property {boolean|null} [btf] Capabilities btf
             * @property {boolean|null} [tracefs] Capabilities tracefs
             * @property {boolean|null} [kprobes] Capabilities kprobes
             * @property {boolean|null} [fentry] Capabilities fentry
             * @property {boolean|null} [ringbuf] Capabilities ringbuf
             * @property {Array.<string>|null} [tracepoints] Capabilities tracepoints
             * @property {string|null} [tier] Capabilities tier
             * @property {boolean|null} [segments] Capabilities segments
             * @property {boolean|null} [sampling] Capabilities sampling
             * @property {boolean|null} [topologyParts] Capabilities topologyParts
             */

            /**
             * Constructs a new Capabilities.
             * @memberof packetlife.v1
             * @classdesc Represents a Capabilities.
             * @implements ICapabilities
             * @constructor
             * @param {packetlife.v1.ICapabilities=} [properties] Properties to set
             */
            function Capabilities(properties) {
                this.tracepoints = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Capabilities kernel.
             * @member {string} kernel
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.kernel = "";

            /**
             * Capabilities bpftraceVersion.
             * @member {string} bpftraceVersion
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.bpftraceVersion = "";

            /**
             * Capabilities btf.
             * @member {boolean} btf
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.btf = false;

            /**
             * Capabilities tracefs.
             * @member {boolean} tracefs
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.tracefs = false;

            /**
             * Capabilities kprobes.
             * @member {boolean} kprobes
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.kprobes = false;

            /**
             * Capabilities fentry.
             * @member {boolean} fentry
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.fentry = false;

            /**
             * Capabilities ringbuf.
             * @member {boolean} ringbuf
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.ringbuf = false;

            /**
             * Capabilities tracepoints.
             * @member {Array.<string>} tracepoints
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.tracepoints = $util.emptyArray;

            /**
             * Capabilities tier.
             * @member {string} tier
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.tier = "";

            /**
             * Capabilities segments.
             * @member {boolean} segments
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.segments = false;

            /**
             * Capabilities sampling.
             * @member {boolean} sampling
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.sampling = false;

            /**
             * Capabilities topologyParts.
             * @member {boolean} topologyParts
             * @memberof packetlife.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.topologyParts = false;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {packetlife.v1.ICapabilities=} [properties] Properties to set
             * @returns {packetlife.v1.Capabilities} Capabilities instance
             */
            Capabilities.create = function create(properties) {
                return new Capabilities(properties);
            };

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link packetlife.v1.Capabilities.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {packetlife.v1.ICapabilities} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kernel != null && Object.hasOwnProperty.call(message, "kernel"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kernel);
                if (message.bpftraceVersion != null && Object.hasOwnProperty.call(message, "bpftraceVersion"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bpftraceVersion);
                if (message.btf != null && Object.hasOwnProperty.call(message, "btf"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.btf);
                if (message.tracefs != null && Object.hasOwnProperty.call(message, "tracefs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.tracefs);
                if (message.kprobes != null && Object.hasOwnProperty.call(message, "kprobes"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.kprobes);
                if (message.fentry != null && Object.hasOwnProperty.call(message, "fentry"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.fentry);
                if (message.ringbuf != null && Object.hasOwnProperty.call(message, "ringbuf"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.ringbuf);
                if (message.tracepoints != null && message.tracepoints.length)
                    for (let i = 0; i < message.tracepoints.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.tracepoints[i]);
                if (message.tier != null && Object.hasOwnProperty.call(message, "tier"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.tier);
                if (message.segments != null && Object.hasOwnProperty.call(message, "segments"))
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.segments);
                if (message.sampling != null && Object.hasOwnProperty.call(message, "sampling"))
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.sampling);
                if (message.topologyParts != null && Object.hasOwnProperty.call(message, "topologyParts"))
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.topologyParts);
                return writer;
            };

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link packetlife.v1.Capabilities.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {packetlife.v1.ICapabilities} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Capabilities} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Capabilities();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kernel = reader.string();
                            break;
                        }
                    case 2: {
                            message.bpftraceVersion = reader.string();
                            break;
                        }
                    case 3: {
                            message.btf = reader.bool();
                            break;
                        }
                    case 4: {
                            message.tracefs = reader.bool();
                            break;
                        }
                    case 5: {
                            message.kprobes = reader.bool();
                            break;
                        }
                    case 6: {
                            message.fentry = reader.bool();
                            break;
                        }
                    case 7: {
                            message.ringbuf = reader.bool();
                            break;
                        }
                    case 8: {
                            if (!(message.tracepoints && message.tracepoints.length))
                                message.tracepoints = [];
                            message.tracepoints.push(reader.string());
                            break;
                        }
                    case 9: {
                            message.tier = reader.string();
                            break;
                        }
                    case 10: {
                            message.segments = reader.bool();
                            break;
                        }
                    case 11: {
                            message.sampling = reader.bool();
                            break;
                        }
                    case 12: {
                            message.topologyParts = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Capabilities} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Capabilities message.
             * @function verify
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capabilities.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.kernel != null && Object.hasOwnProperty.call(message, "kernel"))
                    if (!$util.isString(message.kernel))
                        return "kernel: string expected";
                if (message.bpftraceVersion != null && Object.hasOwnProperty.call(message, "bpftraceVersion"))
                    if (!$util.isString(message.bpftraceVersion))
                        return "bpftraceVersion: string expected";
                if (message.btf != null && Object.hasOwnProperty.call(message, "btf"))
                    if (typeof message.btf !== "boolean")
                        return "btf: boolean expected";
                if (message.tracefs != null && Object.hasOwnProperty.call(message, "tracefs"))
                    if (typeof message.tracefs !== "boolean")
                        return "tracefs: boolean expected";
                if (message.kprobes != null && Object.hasOwnProperty.call(message, "kprobes"))
                    if (typeof message.kprobes !== "boolean")
                        return "kprobes: boolean expected";
                if (message.fentry != null && Object.hasOwnProperty.call(message, "fentry"))
                    if (typeof message.fentry !== "boolean")
                        return "fentry: boolean expected";
                if (message.ringbuf != null && Object.hasOwnProperty.call(message, "ringbuf"))
                    if (typeof message.ringbuf !== "boolean")
                        return "ringbuf: boolean expected";
                if (message.tracepoints != null && Object.hasOwnProperty.call(message, "tracepoints")) {
                    if (!Array.isArray(message.tracepoints))
                        return "tracepoints: array expected";
                    for (let i = 0; i < message.tracepoints.length; ++i)
                        if (!$util.isString(message.tracepoints[i]))
                            return "tracepoints: string[] expected";
                }
                if (message.tier != null && Object.hasOwnProperty.call(message, "tier"))
                    if (!$util.isString(message.tier))
                        return "tier: string expected";
                if (message.segments != null && Object.hasOwnProperty.call(message, "segments"))
                    if (typeof message.segments !== "boolean")
                        return "segments: boolean expected";
                if (message.sampling != null && Object.hasOwnProperty.call(message, "sampling"))
                    if (typeof message.sampling !== "boolean")
                        return "sampling: boolean expected";
                if (message.topologyParts != null && Object.hasOwnProperty.call(message, "topologyParts"))
                    if (typeof message.topologyParts !== "boolean")
                        return "topologyParts: boolean expected";
                return null;
            };

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Capabilities} Capabilities
             */
            Capabilities.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Capabilities)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Capabilities: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Capabilities();
                if (object.kernel != null)
                    message.kernel = String(object.kernel);
                if (object.bpftraceVersion != null)
                    message.bpftraceVersion = String(object.bpftraceVersion);
                if (object.btf != null)
                    message.btf = Boolean(object.btf);
                if (object.tracefs != null)
                    message.tracefs = Boolean(object.tracefs);
                if (object.kprobes != null)
                    message.kprobes = Boolean(object.kprobes);
                if (object.fentry != null)
                    message.fentry = Boolean(object.fentry);
                if (object.ringbuf != null)
                    message.ringbuf = Boolean(object.ringbuf);
                if (object.tracepoints) {
                    if (!Array.isArray(object.tracepoints))
                        throw TypeError(".packetlife.v1.Capabilities.tracepoints: array expected");
                    message.tracepoints = [];
                    for (let i = 0; i < object.tracepoints.length; ++i)
                        message.tracepoints[i] = String(object.tracepoints[i]);
                }
                if (object.tier != null)
                    message.tier = String(object.tier);
                if (object.segments != null)
                    message.segments = Boolean(object.segments);
                if (object.sampling != null)
                    message.sampling = Boolean(object.sampling);
                if (object.topologyParts != null)
                    message.topologyParts = Boolean(object.topologyParts);
                return message;
            };

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {packetlife.v1.Capabilities} message Capabilities
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capabilities.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tracepoints = [];
                if (options.defaults) {
                    object.kernel = "";
                    object.bpftraceVersion = "";
                    object.btf = false;
                    object.tracefs = false;
                    object.kprobes = false;
                    object.fentry = false;
                    object.ringbuf = false;
                    object.tier = "";
                    object.segments = false;
                    object.sampling = false;
                    object.topologyParts = false;
                }
                if (message.kernel != null && Object.hasOwnProperty.call(message, "kernel"))
                    object.kernel = message.kernel;
                if (message.bpftraceVersion != null && Object.hasOwnProperty.call(message, "bpftraceVersion"))
                    object.bpftraceVersion = message.bpftraceVersion;
                if (message.btf != null && Object.hasOwnProperty.call(message, "btf"))
                    object.btf = message.btf;
                if (message.tracefs != null && Object.hasOwnProperty.call(message, "tracefs"))
                    object.tracefs = message.tracefs;
                if (message.kprobes != null && Object.hasOwnProperty.call(message, "kprobes"))
                    object.kprobes = message.kprobes;
                if (message.fentry != null && Object.hasOwnProperty.call(message, "fentry"))
                    object.fentry = message.fentry;
                if (message.ringbuf != null && Object.hasOwnProperty.call(message, "ringbuf"))
                    object.ringbuf = message.ringbuf;
                if (message.tracepoints && message.tracepoints.length) {
                    object.tracepoints = [];
                    for (let j = 0; j < message.tracepoints.length; ++j)
                        object.tracepoints[j] = message.tracepoints[j];
                }
                if (message.tier != null && Object.hasOwnProperty.call(message, "tier"))
                    object.tier = message.tier;
                if (message.segments != null && Object.hasOwnProperty.call(message, "segments"))
                    object.segments = message.segments;
                if (message.sampling != null && Object.hasOwnProperty.call(message, "sampling"))
                    object.sampling = message.sampling;
                if (message.topologyParts != null && Object.hasOwnProperty.call(message, "topologyParts"))
                    object.topologyParts = message.topologyParts;
                return object;
            };

            /**
             * Converts this Capabilities to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Capabilities
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capabilities.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Capabilities
             * @function getTypeUrl
             * @memberof packetlife.v1.Capabilities
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Capabilities.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Capabilities";
            };

            return Capabilities;
        })();

        v1.Scope = (function() {

            /**
             * Properties of a Scope.
             * @memberof packetlife.v1
             * @interface IScope
             * @property {string|null} [lab] Scope lab
             * @property {Array.<number|Long>|null} [netnsInodes] Scope netnsInodes
             */

            /**
             * Constructs a new Scope.
             * @memberof packetlife.v1
             * @classdesc Represents a Scope.
             * @implements IScope
             * @constructor
             * @param {packetlife.v1.IScope=} [properties] Properties to set
             */
            function Scope(properties) {
                this.netnsInodes = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Scope lab.
             * @member {string} lab
             * @memberof packetlife.v1.Scope
             * @instance
             */
            Scope.prototype.lab = "";

            /**
             * Scope netnsInodes.
             * @member {Array.<number|Long>} netnsInodes
             * @memberof packetlife.v1.Scope
             * @instance
             */
            Scope.prototype.netnsInodes = $util.emptyArray;

            /**
             * Creates a new Scope instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Scope
             * @static
             * @param {packetlife.v1.IScope=} [properties] Properties to set
             * @returns {packetlife.v1.Scope} Scope instance
             */
            Scope.create = function create(properties) {
                return new Scope(properties);
            };

            /**
             * Encodes the specified Scope message. Does not implicitly {@link packetlife.v1.Scope.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Scope
             * @static
             * @param {packetlife.v1.IScope} message Scope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Scope.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.lab != null && Object.hasOwnProperty.call(message, "lab"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.lab);
                if (message.netnsInodes != null && message.netnsInodes.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.netnsInodes.length; ++i)
                        writer.uint64(message.netnsInodes[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified Scope message, length delimited. Does not implicitly {@link packetlife.v1.Scope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Scope
             * @static
             * @param {packetlife.v1.IScope} message Scope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Scope.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Scope message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Scope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Scope} Scope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Scope.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Scope();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.lab = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.netnsInodes && message.netnsInodes.length))
                                message.netnsInodes = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.netnsInodes.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.netnsInodes.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Scope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Scope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Scope} Scope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Scope.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Scope message.
             * @function verify
             * @memberof packetlife.v1.Scope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Scope.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.lab != null && Object.hasOwnProperty.call(message, "lab"))
                    if (!$util.isString(message.lab))
                        return "lab: string expected";
                if (message.netnsInodes != null && Object.hasOwnProperty.call(message, "netnsInodes")) {
                    if (!Array.isArray(message.netnsInodes))
                        return "netnsInodes: array expected";
                    for (let i = 0; i < message.netnsInodes.length; ++i)
                        if (!$util.isInteger(message.netnsInodes[i]) && !(message.netnsInodes[i] && $util.isInteger(message.netnsInodes[i].low) && $util.isInteger(message.netnsInodes[i].high)))
                            return "netnsInodes: integer|Long[] expected";
                }
                return null;
            };

            /**
             * Creates a Scope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Scope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Scope} Scope
             */
            Scope.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Scope)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Scope: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Scope();
                if (object.lab != null)
                    message.lab = String(object.lab);
                if (object.netnsInodes) {
                    if (!Array.isArray(object.netnsInodes))
                        throw TypeError(".packetlife.v1.Scope.netnsInodes: array expected");
                    message.netnsInodes = [];
                    for (let i = 0; i < object.netnsInodes.length; ++i)
                        if ($util.Long)
                            message.netnsInodes[i] = $util.Long.fromValue(object.netnsInodes[i], true);
                        else if (typeof object.netnsInodes[i] === "string")
                            message.netnsInodes[i] = parseInt(object.netnsInodes[i], 10);
                        else if (typeof object.netnsInodes[i] === "number")
                            message.netnsInodes[i] = object.netnsInodes[i];
                        else if (typeof object.netnsInodes[i] === "object")
                            message.netnsInodes[i] = new $util.LongBits(object.netnsInodes[i].low >>> 0, object.netnsInodes[i].high >>> 0).toNumber(true);
                }
                return message;
            };

            /**
             * Creates a plain object from a Scope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Scope
             * @static
             * @param {packetlife.v1.Scope} message Scope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Scope.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.netnsInodes = [];
                if (options.defaults)
                    object.lab = "";
                if (message.lab != null && Object.hasOwnProperty.call(message, "lab"))
                    object.lab = message.lab;
                if (message.netnsInodes && message.netnsInodes.length) {
                    object.netnsInodes = [];
                    for (let j = 0; j < message.netnsInodes.length; ++j)
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.netnsInodes[j] = typeof message.netnsInodes[j] === "number" ? BigInt(message.netnsInodes[j]) : $util.Long.fromBits(message.netnsInodes[j].low >>> 0, message.netnsInodes[j].high >>> 0, true).toBigInt();
                        else if (typeof message.netnsInodes[j] === "number")
                            object.netnsInodes[j] = options.longs === String ? String(message.netnsInodes[j]) : message.netnsInodes[j];
                        else
                            object.netnsInodes[j] = options.longs === String ? $util.Long.prototype.toString.call(message.netnsInodes[j]) : options.longs === Number ? new $util.LongBits(message.netnsInodes[j].low >>> 0, message.netnsInodes[j].high >>> 0).toNumber(true) : message.netnsInodes[j];
                }
                return object;
            };

            /**
             * Converts this Scope to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Scope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Scope.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Scope
             * @function getTypeUrl
             * @memberof packetlife.v1.Scope
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Scope.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Scope";
            };

            return Scope;
        })();

        v1.EventBatch = (function() {

            /**
             * Properties of an EventBatch.
             * @memberof packetlife.v1
             * @interface IEventBatch
             * @property {number|Long|null} [seq] EventBatch seq
             * @property {Array.<packetlife.v1.IEvent>|null} [events] EventBatch events
             * @property {packetlife.v1.ILossCounters|null} [loss] EventBatch loss
             * @property {number|Long|null} [sentUnixNs] EventBatch sentUnixNs
             * @property {number|Long|null} [watermarkUnixNs] EventBatch watermarkUnixNs
             * @property {Array.<packetlife.v1.ILossWindow>|null} [lost] EventBatch lost
             * @property {Array.<packetlife.v1.ISegment>|null} [segments] EventBatch segments
             * @property {Array.<string>|null} [strings] EventBatch strings
             * @property {Array.<packetlife.v1.ISegmentPlace>|null} [places] EventBatch places
             * @property {packetlife.v1.ISegmentCounters|null} [segmentCounters] EventBatch segmentCounters
             * @property {Array.<packetlife.v1.IConntrack>|null} [cts] EventBatch cts
             * @property {number|Long|null} [monoOffsetNs] EventBatch monoOffsetNs
             * @property {number|null} [sampleOneIn] EventBatch sampleOneIn
             */

            /**
             * Constructs a new EventBatch.
             * @memberof packetlife.v1
             * @classdesc Represents an EventBatch.
             * @implements IEventBatch
             * @constructor
             * @param {packetlife.v1.IEventBatch=} [properties] Properties to set
             */
            function EventBatch(properties) {
                this.events = [];
                this.lost = [];
                this.segments = [];
                this.strings = [];
                this.places = [];
                this.cts = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EventBatch seq.
             * @member {number|Long} seq
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventBatch events.
             * @member {Array.<packetlife.v1.IEvent>} events
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.events = $util.emptyArray;

            /**
             * EventBatch loss.
             * @member {packetlife.v1.ILossCounters|null|undefined} loss
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.loss = null;

            /**
             * EventBatch sentUnixNs.
             * @member {number|Long} sentUnixNs
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.sentUnixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventBatch watermarkUnixNs.
             * @member {number|Long} watermarkUnixNs
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.watermarkUnixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EventBatch lost.
             * @member {Array.<packetlife.v1.ILossWindow>} lost
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.lost = $util.emptyArray;

            /**
             * EventBatch segments.
             * @member {Array.<packetlife.v1.ISegment>} segments
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.segments = $util.emptyArray;

            /**
             * EventBatch strings.
             * @member {Array.<string>} strings
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.strings = $util.emptyArray;

            /**
             * EventBatch places.
             * @member {Array.<packetlife.v1.ISegmentPlace>} places
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.places = $util.emptyArray;

            /**
             * EventBatch segmentCounters.
             * @member {packetlife.v1.ISegmentCounters|null|undefined} segmentCounters
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.segmentCounters = null;

            /**
             * EventBatch cts.
             * @member {Array.<packetlife.v1.IConntrack>} cts
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.cts = $util.emptyArray;

            /**
             * EventBatch monoOffsetNs.
             * @member {number|Long} monoOffsetNs
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.monoOffsetNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EventBatch sampleOneIn.
             * @member {number} sampleOneIn
             * @memberof packetlife.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.sampleOneIn = 0;

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {packetlife.v1.IEventBatch=} [properties] Properties to set
             * @returns {packetlife.v1.EventBatch} EventBatch instance
             */
            EventBatch.create = function create(properties) {
                return new EventBatch(properties);
            };

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link packetlife.v1.EventBatch.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {packetlife.v1.IEventBatch} message EventBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventBatch.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.packetlife.v1.Event.encode(message.events[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.loss != null && Object.hasOwnProperty.call(message, "loss"))
                    $root.packetlife.v1.LossCounters.encode(message.loss, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.sentUnixNs != null && Object.hasOwnProperty.call(message, "sentUnixNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sentUnixNs);
                if (message.watermarkUnixNs != null && Object.hasOwnProperty.call(message, "watermarkUnixNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.watermarkUnixNs);
                if (message.lost != null && message.lost.length)
                    for (let i = 0; i < message.lost.length; ++i)
                        $root.packetlife.v1.LossWindow.encode(message.lost[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.segments != null && message.segments.length)
                    for (let i = 0; i < message.segments.length; ++i)
                        $root.packetlife.v1.Segment.encode(message.segments[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.strings != null && message.strings.length)
                    for (let i = 0; i < message.strings.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.strings[i]);
                if (message.places != null && message.places.length)
                    for (let i = 0; i < message.places.length; ++i)
                        $root.packetlife.v1.SegmentPlace.encode(message.places[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.segmentCounters != null && Object.hasOwnProperty.call(message, "segmentCounters"))
                    $root.packetlife.v1.SegmentCounters.encode(message.segmentCounters, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.cts != null && message.cts.length)
                    for (let i = 0; i < message.cts.length; ++i)
                        $root.packetlife.v1.Conntrack.encode(message.cts[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.monoOffsetNs != null && Object.hasOwnProperty.call(message, "monoOffsetNs"))
                    writer.uint32(/* id 12, wireType 0 =*/96).sint64(message.monoOffsetNs);
                if (message.sampleOneIn != null && Object.hasOwnProperty.call(message, "sampleOneIn"))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.sampleOneIn);
                return writer;
            };

            /**
             * Encodes the specified EventBatch message, length delimited. Does not implicitly {@link packetlife.v1.EventBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {packetlife.v1.IEventBatch} message EventBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventBatch.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.EventBatch} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventBatch.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.EventBatch();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 2: {
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.packetlife.v1.Event.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.loss = $root.packetlife.v1.LossCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.sentUnixNs = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.watermarkUnixNs = reader.uint64();
                            break;
                        }
                    case 6: {
                            if (!(message.lost && message.lost.length))
                                message.lost = [];
                            message.lost.push($root.packetlife.v1.LossWindow.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 7: {
                            if (!(message.segments && message.segments.length))
                                message.segments = [];
                            message.segments.push($root.packetlife.v1.Segment.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            if (!(message.strings && message.strings.length))
                                message.strings = [];
                            message.strings.push(reader.string());
                            break;
                        }
                    case 9: {
                            if (!(message.places && message.places.length))
                                message.places = [];
                            message.places.push($root.packetlife.v1.SegmentPlace.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            message.segmentCounters = $root.packetlife.v1.SegmentCounters.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            if (!(message.cts && message.cts.length))
                                message.cts = [];
                            message.cts.push($root.packetlife.v1.Conntrack.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 12: {
                            message.monoOffsetNs = reader.sint64();
                            break;
                        }
                    case 20: {
                            message.sampleOneIn = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an EventBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.EventBatch} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventBatch.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an EventBatch message.
             * @function verify
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventBatch.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.events != null && Object.hasOwnProperty.call(message, "events")) {
                    if (!Array.isArray(message.events))
                        return "events: array expected";
                    for (let i = 0; i < message.events.length; ++i) {
                        let error = $root.packetlife.v1.Event.verify(message.events[i], long + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                if (message.loss != null && Object.hasOwnProperty.call(message, "loss")) {
                    let error = $root.packetlife.v1.LossCounters.verify(message.loss, long + 1);
                    if (error)
                        return "loss." + error;
                }
                if (message.sentUnixNs != null && Object.hasOwnProperty.call(message, "sentUnixNs"))
                    if (!$util.isInteger(message.sentUnixNs) && !(message.sentUnixNs && $util.isInteger(message.sentUnixNs.low) && $util.isInteger(message.sentUnixNs.high)))
                        return "sentUnixNs: integer|Long expected";
                if (message.watermarkUnixNs != null && Object.hasOwnProperty.call(message, "watermarkUnixNs"))
                    if (!$util.isInteger(message.watermarkUnixNs) && !(message.watermarkUnixNs && $util.isInteger(message.watermarkUnixNs.low) && $util.isInteger(message.watermarkUnixNs.high)))
                        return "watermarkUnixNs: integer|Long expected";
                if (message.lost != null && Object.hasOwnProperty.call(message, "lost")) {
                    if (!Array.isArray(message.lost))
                        return "lost: array expected";
                    for (let i = 0; i < message.lost.length; ++i) {
                        let error = $root.packetlife.v1.LossWindow.verify(message.lost[i], long + 1);
                        if (error)
                            return "lost." + error;
                    }
                }
                if (message.segments != null && Object.hasOwnProperty.call(message, "segments")) {
                    if (!Array.isArray(message.segments))
                        return "segments: array expected";
                    for (let i = 0; i < message.segments.length; ++i) {
                        let error = $root.packetlife.v1.Segment.verify(message.segments[i], long + 1);
                        if (error)
                            return "segments." + error;
                    }
                }
                if (message.strings != null && Object.hasOwnProperty.call(message, "strings")) {
                    if (!Array.isArray(message.strings))
                        return "strings: array expected";
                    for (let i = 0; i < message.strings.length; ++i)
                        if (!$util.isString(message.strings[i]))
                            return "strings: string[] expected";
                }
                if (message.places != null && Object.hasOwnProperty.call(message, "places")) {
                    if (!Array.isArray(message.places))
                        return "places: array expected";
                    for (let i = 0; i < message.places.length; ++i) {
                        let error = $root.packetlife.v1.SegmentPlace.verify(message.places[i], long + 1);
                        if (error)
                            return "places." + error;
                    }
                }
                if (message.segmentCounters != null && Object.hasOwnProperty.call(message, "segmentCounters")) {
                    let error = $root.packetlife.v1.SegmentCounters.verify(message.segmentCounters, long + 1);
                    if (error)
                        return "segmentCounters." + error;
                }
                if (message.cts != null && Object.hasOwnProperty.call(message, "cts")) {
                    if (!Array.isArray(message.cts))
                        return "cts: array expected";
                    for (let i = 0; i < message.cts.length; ++i) {
                        let error = $root.packetlife.v1.Conntrack.verify(message.cts[i], long + 1);
                        if (error)
                            return "cts." + error;
                    }
                }
                if (message.monoOffsetNs != null && Object.hasOwnProperty.call(message, "monoOffsetNs"))
                    if (!$util.isInteger(message.monoOffsetNs) && !(message.monoOffsetNs && $util.isInteger(message.monoOffsetNs.low) && $util.isInteger(message.monoOffsetNs.high)))
                        return "monoOffsetNs: integer|Long expected";
                if (message.sampleOneIn != null && Object.hasOwnProperty.call(message, "sampleOneIn"))
                    if (!$util.isInteger(message.sampleOneIn))
                        return "sampleOneIn: integer expected";
                return null;
            };

            /**
             * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.EventBatch} EventBatch
             */
            EventBatch.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.EventBatch)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.EventBatch: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.EventBatch();
                if (object.seq != null)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.events) {
                    if (!Array.isArray(object.events))
                        throw TypeError(".packetlife.v1.EventBatch.events: array expected");
                    message.events = [];
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw TypeError(".packetlife.v1.EventBatch.events: object expected");
                        message.events[i] = $root.packetlife.v1.Event.fromObject(object.events[i], long + 1);
                    }
                }
                if (object.loss != null) {
                    if (!$util.isObject(object.loss))
                        throw TypeError(".packetlife.v1.EventBatch.loss: object expected");
                    message.loss = $root.packetlife.v1.LossCounters.fromObject(object.loss, long + 1);
                }
                if (object.sentUnixNs != null)
                    if ($util.Long)
                        message.sentUnixNs = $util.Long.fromValue(object.sentUnixNs, true);
                    else if (typeof object.sentUnixNs === "string")
                        message.sentUnixNs = parseInt(object.sentUnixNs, 10);
                    else if (typeof object.sentUnixNs === "number")
                        message.sentUnixNs = object.sentUnixNs;
                    else if (typeof object.sentUnixNs === "object")
                        message.sentUnixNs = new $util.LongBits(object.sentUnixNs.low >>> 0, object.sentUnixNs.high >>> 0).toNumber(true);
                if (object.watermarkUnixNs != null)
                    if ($util.Long)
                        message.watermarkUnixNs = $util.Long.fromValue(object.watermarkUnixNs, true);
                    else if (typeof object.watermarkUnixNs === "string")
                        message.watermarkUnixNs = parseInt(object.watermarkUnixNs, 10);
                    else if (typeof object.watermarkUnixNs === "number")
                        message.watermarkUnixNs = object.watermarkUnixNs;
                    else if (typeof object.watermarkUnixNs === "object")
                        message.watermarkUnixNs = new $util.LongBits(object.watermarkUnixNs.low >>> 0, object.watermarkUnixNs.high >>> 0).toNumber(true);
                if (object.lost) {
                    if (!Array.isArray(object.lost))
                        throw TypeError(".packetlife.v1.EventBatch.lost: array expected");
                    message.lost = [];
                    for (let i = 0; i < object.lost.length; ++i) {
                        if (!$util.isObject(object.lost[i]))
                            throw TypeError(".packetlife.v1.EventBatch.lost: object expected");
                        message.lost[i] = $root.packetlife.v1.LossWindow.fromObject(object.lost[i], long + 1);
                    }
                }
                if (object.segments) {
                    if (!Array.isArray(object.segments))
                        throw TypeError(".packetlife.v1.EventBatch.segments: array expected");
                    message.segments = [];
                    for (let i = 0; i < object.segments.length; ++i) {
                        if (!$util.isObject(object.segments[i]))
                            throw TypeError(".packetlife.v1.EventBatch.segments: object expected");
                        message.segments[i] = $root.packetlife.v1.Segment.fromObject(object.segments[i], long + 1);
                    }
                }
                if (object.strings) {
                    if (!Array.isArray(object.strings))
                        throw TypeError(".packetlife.v1.EventBatch.strings: array expected");
                    message.strings = [];
                    for (let i = 0; i < object.strings.length; ++i)
                        message.strings[i] = String(object.strings[i]);
                }
                if (object.places) {
                    if (!Array.isArray(object.places))
                        throw TypeError(".packetlife.v1.EventBatch.places: array expected");
                    message.places = [];
                    for (let i = 0; i < object.places.length; ++i) {
                        if (!$util.isObject(object.places[i]))
                            throw TypeError(".packetlife.v1.EventBatch.places: object expected");
                        message.places[i] = $root.packetlife.v1.SegmentPlace.fromObject(object.places[i], long + 1);
                    }
                }
                if (object.segmentCounters != null) {
                    if (!$util.isObject(object.segmentCounters))
                        throw TypeError(".packetlife.v1.EventBatch.segmentCounters: object expected");
                    message.segmentCounters = $root.packetlife.v1.SegmentCounters.fromObject(object.segmentCounters, long + 1);
                }
                if (object.cts) {
                    if (!Array.isArray(object.cts))
                        throw TypeError(".packetlife.v1.EventBatch.cts: array expected");
                    message.cts = [];
                    for (let i = 0; i < object.cts.length; ++i) {
                        if (!$util.isObject(object.cts[i]))
                            throw TypeError(".packetlife.v1.EventBatch.cts: object expected");
                        message.cts[i] = $root.packetlife.v1.Conntrack.fromObject(object.cts[i], long + 1);
                    }
                }
                if (object.monoOffsetNs != null)
                    if ($util.Long)
                        message.monoOffsetNs = $util.Long.fromValue(object.monoOffsetNs, false);
                    else if (typeof object.monoOffsetNs === "string")
                        message.monoOffsetNs = parseInt(object.monoOffsetNs, 10);
                    else if (typeof object.monoOffsetNs === "number")
                        message.monoOffsetNs = object.monoOffsetNs;
                    else if (typeof object.monoOffsetNs === "object")
                        message.monoOffsetNs = new $util.LongBits(object.monoOffsetNs.low >>> 0, object.monoOffsetNs.high >>> 0).toNumber();
                if (object.sampleOneIn != null)
                    message.sampleOneIn = object.sampleOneIn >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {packetlife.v1.EventBatch} message EventBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventBatch.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.events = [];
                    object.lost = [];
                    object.segments = [];
                    object.strings = [];
                    object.places = [];
                    object.cts = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.loss = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sentUnixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.sentUnixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.watermarkUnixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.watermarkUnixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.segmentCounters = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.monoOffsetNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.monoOffsetNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.sampleOneIn = 0;
                }
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seq = typeof message.seq === "number" ? BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === String ? String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.events && message.events.length) {
                    object.events = [];
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.packetlife.v1.Event.toObject(message.events[j], options, q + 1);
                }
                if (message.loss != null && Object.hasOwnProperty.call(message, "loss"))
                    object.loss = $root.packetlife.v1.LossCounters.toObject(message.loss, options, q + 1);
                if (message.sentUnixNs != null && Object.hasOwnProperty.call(message, "sentUnixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.sentUnixNs = typeof message.sentUnixNs === "number" ? BigInt(message.sentUnixNs) : $util.Long.fromBits(message.sentUnixNs.low >>> 0, message.sentUnixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentUnixNs === "number")
                        object.sentUnixNs = options.longs === String ? String(message.sentUnixNs) : message.sentUnixNs;
                    else
                        object.sentUnixNs = options.longs === String ? $util.Long.prototype.toString.call(message.sentUnixNs) : options.longs === Number ? new $util.LongBits(message.sentUnixNs.low >>> 0, message.sentUnixNs.high >>> 0).toNumber(true) : message.sentUnixNs;
                if (message.watermarkUnixNs != null && Object.hasOwnProperty.call(message, "watermarkUnixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.watermarkUnixNs = typeof message.watermarkUnixNs === "number" ? BigInt(message.watermarkUnixNs) : $util.Long.fromBits(message.watermarkUnixNs.low >>> 0, message.watermarkUnixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.watermarkUnixNs === "number")
                        object.watermarkUnixNs = options.longs === String ? String(message.watermarkUnixNs) : message.watermarkUnixNs;
                    else
                        object.watermarkUnixNs = options.longs === String ? $util.Long.prototype.toString.call(message.watermarkUnixNs) : options.longs === Number ? new $util.LongBits(message.watermarkUnixNs.low >>> 0, message.watermarkUnixNs.high >>> 0).toNumber(true) : message.watermarkUnixNs;
                if (message.lost && message.lost.length) {
                    object.lost = [];
                    for (let j = 0; j < message.lost.length; ++j)
                        object.lost[j] = $root.packetlife.v1.LossWindow.toObject(message.lost[j], options, q + 1);
                }
                if (message.segments && message.segments.length) {
                    object.segments = [];
                    for (let j = 0; j < message.segments.length; ++j)
                        object.segments[j] = $root.packetlife.v1.Segment.toObject(message.segments[j], options, q + 1);
                }
                if (message.strings && message.strings.length) {
                    object.strings = [];
                    for (let j = 0; j < message.strings.length; ++j)
                        object.strings[j] = message.strings[j];
                }
                if (message.places && message.places.length) {
                    object.places = [];
                    for (let j = 0; j < message.places.length; ++j)
                        object.places[j] = $root.packetlife.v1.SegmentPlace.toObject(message.places[j], options, q + 1);
                }
                if (message.segmentCounters != null && Object.hasOwnProperty.call(message, "segmentCounters"))
                    object.segmentCounters = $root.packetlife.v1.SegmentCounters.toObject(message.segmentCounters, options, q + 1);
                if (message.cts && message.cts.length) {
                    object.cts = [];
                    for (let j = 0; j < message.cts.length; ++j)
                        object.cts[j] = $root.packetlife.v1.Conntrack.toObject(message.cts[j], options, q + 1);
                }
                if (message.monoOffsetNs != null && Object.hasOwnProperty.call(message, "monoOffsetNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.monoOffsetNs = typeof message.monoOffsetNs === "number" ? BigInt(message.monoOffsetNs) : $util.Long.fromBits(message.monoOffsetNs.low >>> 0, message.monoOffsetNs.high >>> 0, false).toBigInt();
                    else if (typeof message.monoOffsetNs === "number")
                        object.monoOffsetNs = options.longs === String ? String(message.monoOffsetNs) : message.monoOffsetNs;
                    else
                        object.monoOffsetNs = options.longs === String ? $util.Long.prototype.toString.call(message.monoOffsetNs) : options.longs === Number ? new $util.LongBits(message.monoOffsetNs.low >>> 0, message.monoOffsetNs.high >>> 0).toNumber() : message.monoOffsetNs;
                if (message.sampleOneIn != null && Object.hasOwnProperty.call(message, "sampleOneIn"))
                    object.sampleOneIn = message.sampleOneIn;
                return object;
            };

            /**
             * Converts this EventBatch to JSON.
             * @function toJSON
             * @memberof packetlife.v1.EventBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventBatch.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EventBatch
             * @function getTypeUrl
             * @memberof packetlife.v1.EventBatch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EventBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.EventBatch";
            };

            return EventBatch;
        })();

        v1.SegmentPlace = (function() {

            /**
             * Properties of a SegmentPlace.
             * @memberof packetlife.v1
             * @interface ISegmentPlace
             * @property {number|null} [kind] SegmentPlace kind
             * @property {number|null} [node] SegmentPlace node
             * @property {number|null} [netns] SegmentPlace netns
             * @property {number|null} [ifname] SegmentPlace ifname
             * @property {number|null} [ifindex] SegmentPlace ifindex
             * @property {number|null} [pod] SegmentPlace pod
             * @property {number|null} [eniIp] SegmentPlace eniIp
             * @property {number|null} [eniTable] SegmentPlace eniTable
             * @property {number|null} [label] SegmentPlace label
             */

            /**
             * Constructs a new SegmentPlace.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentPlace.
             * @implements ISegmentPlace
             * @constructor
             * @param {packetlife.v1.ISegmentPlace=} [properties] Properties to set
             */
            function SegmentPlace(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentPlace kind.
             * @member {number} kind
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.kind = 0;

            /**
             * SegmentPlace node.
             * @member {number} node
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.node = 0;

            /**
             * SegmentPlace netns.
             * @member {number} netns
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.netns = 0;

            /**
             * SegmentPlace ifname.
             * @member {number} ifname
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.ifname = 0;

            /**
             * SegmentPlace ifindex.
             * @member {number} ifindex
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.ifindex = 0;

            /**
             * SegmentPlace pod.
             * @member {number} pod
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.pod = 0;

            /**
             * SegmentPlace eniIp.
             * @member {number} eniIp
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.eniIp = 0;

            /**
             * SegmentPlace eniTable.
             * @member {number} eniTable
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.eniTable = 0;

            /**
             * SegmentPlace label.
             * @member {number} label
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             */
            SegmentPlace.prototype.label = 0;

            /**
             * Creates a new SegmentPlace instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {packetlife.v1.ISegmentPlace=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentPlace} SegmentPlace instance
             */
            SegmentPlace.create = function create(properties) {
                return new SegmentPlace(properties);
            };

            /**
             * Encodes the specified SegmentPlace message. Does not implicitly {@link packetlife.v1.SegmentPlace.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {packetlife.v1.ISegmentPlace} message SegmentPlace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentPlace.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.kind);
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.node);
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.netns);
                if (message.ifname != null && Object.hasOwnProperty.call(message, "ifname"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ifname);
                if (message.ifindex != null && Object.hasOwnProperty.call(message, "ifindex"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.ifindex);
                if (message.pod != null && Object.hasOwnProperty.call(message, "pod"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.pod);
                if (message.eniIp != null && Object.hasOwnProperty.call(message, "eniIp"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.eniIp);
                if (message.eniTable != null && Object.hasOwnProperty.call(message, "eniTable"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.eniTable);
                if (message.label != null && Object.hasOwnProperty.call(message, "label"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.label);
                return writer;
            };

            /**
             * Encodes the specified SegmentPlace message, length delimited. Does not implicitly {@link packetlife.v1.SegmentPlace.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {packetlife.v1.ISegmentPlace} message SegmentPlace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentPlace.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentPlace message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentPlace} SegmentPlace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentPlace.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentPlace();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kind = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.node = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.netns = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.ifname = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.ifindex = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.pod = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.eniIp = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.eniTable = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.label = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentPlace message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentPlace} SegmentPlace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentPlace.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentPlace message.
             * @function verify
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentPlace.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isInteger(message.kind))
                        return "kind: integer expected";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isInteger(message.node))
                        return "node: integer expected";
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns))
                        return "netns: integer expected";
                if (message.ifname != null && Object.hasOwnProperty.call(message, "ifname"))
                    if (!$util.isInteger(message.ifname))
                        return "ifname: integer expected";
                if (message.ifindex != null && Object.hasOwnProperty.call(message, "ifindex"))
                    if (!$util.isInteger(message.ifindex))
                        return "ifindex: integer expected";
                if (message.pod != null && Object.hasOwnProperty.call(message, "pod"))
                    if (!$util.isInteger(message.pod))
                        return "pod: integer expected";
                if (message.eniIp != null && Object.hasOwnProperty.call(message, "eniIp"))
                    if (!$util.isInteger(message.eniIp))
                        return "eniIp: integer expected";
                if (message.eniTable != null && Object.hasOwnProperty.call(message, "eniTable"))
                    if (!$util.isInteger(message.eniTable))
                        return "eniTable: integer expected";
                if (message.label != null && Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isInteger(message.label))
                        return "label: integer expected";
                return null;
            };

            /**
             * Creates a SegmentPlace message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentPlace} SegmentPlace
             */
            SegmentPlace.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentPlace)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentPlace: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentPlace();
                if (object.kind != null)
                    message.kind = object.kind >>> 0;
                if (object.node != null)
                    message.node = object.node >>> 0;
                if (object.netns != null)
                    message.netns = object.netns >>> 0;
                if (object.ifname != null)
                    message.ifname = object.ifname >>> 0;
                if (object.ifindex != null)
                    message.ifindex = object.ifindex >>> 0;
                if (object.pod != null)
                    message.pod = object.pod >>> 0;
                if (object.eniIp != null)
                    message.eniIp = object.eniIp >>> 0;
                if (object.eniTable != null)
                    message.eniTable = object.eniTable >>> 0;
                if (object.label != null)
                    message.label = object.label >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SegmentPlace message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {packetlife.v1.SegmentPlace} message SegmentPlace
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentPlace.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = 0;
                    object.node = 0;
                    object.netns = 0;
                    object.ifname = 0;
                    object.ifindex = 0;
                    object.pod = 0;
                    object.eniIp = 0;
                    object.eniTable = 0;
                    object.label = 0;
                }
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    object.netns = message.netns;
                if (message.ifname != null && Object.hasOwnProperty.call(message, "ifname"))
                    object.ifname = message.ifname;
                if (message.ifindex != null && Object.hasOwnProperty.call(message, "ifindex"))
                    object.ifindex = message.ifindex;
                if (message.pod != null && Object.hasOwnProperty.call(message, "pod"))
                    object.pod = message.pod;
                if (message.eniIp != null && Object.hasOwnProperty.call(message, "eniIp"))
                    object.eniIp = message.eniIp;
                if (message.eniTable != null && Object.hasOwnProperty.call(message, "eniTable"))
                    object.eniTable = message.eniTable;
                if (message.label != null && Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                return object;
            };

            /**
             * Converts this SegmentPlace to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentPlace
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentPlace.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentPlace
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentPlace
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentPlace.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentPlace";
            };

            return SegmentPlace;
        })();

        v1.SegmentHop = (function() {

            /**
             * Properties of a SegmentHop.
             * @memberof packetlife.v1
             * @interface ISegmentHop
             * @property {number|Long|null} [timeDeltaNs] SegmentHop timeDeltaNs
             * @property {boolean|null} [transmit] SegmentHop transmit
             * @property {number|null} [place] SegmentHop place
             * @property {number|null} [ttl] SegmentHop ttl
             * @property {packetlife.v1.ITuple|null} [tuple] SegmentHop tuple
             * @property {packetlife.v1.IPacket|null} [packet] SegmentHop packet
             * @property {number|null} [mark] SegmentHop mark
             * @property {number|null} [placeDir] SegmentHop placeDir
             */

            /**
             * Constructs a new SegmentHop.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentHop.
             * @implements ISegmentHop
             * @constructor
             * @param {packetlife.v1.ISegmentHop=} [properties] Properties to set
             */
            function SegmentHop(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentHop timeDeltaNs.
             * @member {number|Long} timeDeltaNs
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.timeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SegmentHop transmit.
             * @member {boolean} transmit
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.transmit = false;

            /**
             * SegmentHop place.
             * @member {number} place
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.place = 0;

            /**
             * SegmentHop ttl.
             * @member {number} ttl
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.ttl = 0;

            /**
             * SegmentHop tuple.
             * @member {packetlife.v1.ITuple|null|undefined} tuple
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.tuple = null;

            /**
             * SegmentHop packet.
             * @member {packetlife.v1.IPacket|null|undefined} packet
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.packet = null;

            /**
             * SegmentHop mark.
             * @member {number} mark
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.mark = 0;

            /**
             * SegmentHop placeDir.
             * @member {number} placeDir
             * @memberof packetlife.v1.SegmentHop
             * @instance
             */
            SegmentHop.prototype.placeDir = 0;

            /**
             * Creates a new SegmentHop instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {packetlife.v1.ISegmentHop=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentHop} SegmentHop instance
             */
            SegmentHop.create = function create(properties) {
                return new SegmentHop(properties);
            };

            /**
             * Encodes the specified SegmentHop message. Does not implicitly {@link packetlife.v1.SegmentHop.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {packetlife.v1.ISegmentHop} message SegmentHop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentHop.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.timeDeltaNs != null && Object.hasOwnProperty.call(message, "timeDeltaNs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.timeDeltaNs);
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.transmit);
                if (message.place != null && Object.hasOwnProperty.call(message, "place"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.place);
                if (message.ttl != null && Object.hasOwnProperty.call(message, "ttl"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ttl);
                if (message.tuple != null && Object.hasOwnProperty.call(message, "tuple"))
                    $root.packetlife.v1.Tuple.encode(message.tuple, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet"))
                    $root.packetlife.v1.Packet.encode(message.packet, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.mark);
                if (message.placeDir != null && Object.hasOwnProperty.call(message, "placeDir"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.placeDir);
                return writer;
            };

            /**
             * Encodes the specified SegmentHop message, length delimited. Does not implicitly {@link packetlife.v1.SegmentHop.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {packetlife.v1.ISegmentHop} message SegmentHop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentHop.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentHop message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentHop} SegmentHop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentHop.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentHop();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.timeDeltaNs = reader.sint64();
                            break;
                        }
                    case 2: {
                            message.transmit = reader.bool();
                            break;
                        }
                    case 3: {
                            message.place = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.ttl = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.tuple = $root.packetlife.v1.Tuple.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.packet = $root.packetlife.v1.Packet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.mark = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.placeDir = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentHop message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentHop} SegmentHop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentHop.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentHop message.
             * @function verify
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentHop.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.timeDeltaNs != null && Object.hasOwnProperty.call(message, "timeDeltaNs"))
                    if (!$util.isInteger(message.timeDeltaNs) && !(message.timeDeltaNs && $util.isInteger(message.timeDeltaNs.low) && $util.isInteger(message.timeDeltaNs.high)))
                        return "timeDeltaNs: integer|Long expected";
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit"))
                    if (typeof message.transmit !== "boolean")
                        return "transmit: boolean expected";
                if (message.place != null && Object.hasOwnProperty.call(message, "place"))
                    if (!$util.isInteger(message.place))
                        return "place: integer expected";
                if (message.ttl != null && Object.hasOwnProperty.call(message, "ttl"))
                    if (!$util.isInteger(message.ttl))
                        return "ttl: integer expected";
                if (message.tuple != null && Object.hasOwnProperty.call(message, "tuple")) {
                    let error = $root.packetlife.v1.Tuple.verify(message.tuple, long + 1);
                    if (error)
                        return "tuple." + error;
                }
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.packetlife.v1.Packet.verify(message.packet, long + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    if (!$util.isInteger(message.mark))
                        return "mark: integer expected";
                if (message.placeDir != null && Object.hasOwnProperty.call(message, "placeDir"))
                    if (!$util.isInteger(message.placeDir))
                        return "placeDir: integer expected";
                return null;
            };

            /**
             * Creates a SegmentHop message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentHop} SegmentHop
             */
            SegmentHop.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentHop)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentHop: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentHop();
                if (object.timeDeltaNs != null)
                    if ($util.Long)
                        message.timeDeltaNs = $util.Long.fromValue(object.timeDeltaNs, false);
                    else if (typeof object.timeDeltaNs === "string")
                        message.timeDeltaNs = parseInt(object.timeDeltaNs, 10);
                    else if (typeof object.timeDeltaNs === "number")
                        message.timeDeltaNs = object.timeDeltaNs;
                    else if (typeof object.timeDeltaNs === "object")
                        message.timeDeltaNs = new $util.LongBits(object.timeDeltaNs.low >>> 0, object.timeDeltaNs.high >>> 0).toNumber();
                if (object.transmit != null)
                    message.transmit = Boolean(object.transmit);
                if (object.place != null)
                    message.place = object.place >>> 0;
                if (object.ttl != null)
                    message.ttl = object.ttl >>> 0;
                if (object.tuple != null) {
                    if (!$util.isObject(object.tuple))
                        throw TypeError(".packetlife.v1.SegmentHop.tuple: object expected");
                    message.tuple = $root.packetlife.v1.Tuple.fromObject(object.tuple, long + 1);
                }
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw TypeError(".packetlife.v1.SegmentHop.packet: object expected");
                    message.packet = $root.packetlife.v1.Packet.fromObject(object.packet, long + 1);
                }
                if (object.mark != null)
                    message.mark = object.mark >>> 0;
                if (object.placeDir != null)
                    message.placeDir = object.placeDir >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SegmentHop message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {packetlife.v1.SegmentHop} message SegmentHop
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentHop.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.timeDeltaNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.transmit = false;
                    object.place = 0;
                    object.ttl = 0;
                    object.tuple = null;
                    object.packet = null;
                    object.mark = 0;
                    object.placeDir = 0;
                }
                if (message.timeDeltaNs != null && Object.hasOwnProperty.call(message, "timeDeltaNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.timeDeltaNs = typeof message.timeDeltaNs === "number" ? BigInt(message.timeDeltaNs) : $util.Long.fromBits(message.timeDeltaNs.low >>> 0, message.timeDeltaNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeDeltaNs === "number")
                        object.timeDeltaNs = options.longs === String ? String(message.timeDeltaNs) : message.timeDeltaNs;
                    else
                        object.timeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.timeDeltaNs) : options.longs === Number ? new $util.LongBits(message.timeDeltaNs.low >>> 0, message.timeDeltaNs.high >>> 0).toNumber() : message.timeDeltaNs;
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit"))
                    object.transmit = message.transmit;
                if (message.place != null && Object.hasOwnProperty.call(message, "place"))
                    object.place = message.place;
                if (message.ttl != null && Object.hasOwnProperty.call(message, "ttl"))
                    object.ttl = message.ttl;
                if (message.tuple != null && Object.hasOwnProperty.call(message, "tuple"))
                    object.tuple = $root.packetlife.v1.Tuple.toObject(message.tuple, options, q + 1);
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.packetlife.v1.Packet.toObject(message.packet, options, q + 1);
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    object.mark = message.mark;
                if (message.placeDir != null && Object.hasOwnProperty.call(message, "placeDir"))
                    object.placeDir = message.placeDir;
                return object;
            };

            /**
             * Converts this SegmentHop to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentHop
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentHop.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentHop
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentHop
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentHop.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentHop";
            };

            return SegmentHop;
        })();

        v1.SegmentReason = (function() {

            /**
             * Properties of a SegmentReason.
             * @memberof packetlife.v1
             * @interface ISegmentReason
             * @property {number|null} [code] SegmentReason code
             * @property {number|null} [node] SegmentReason node
             * @property {number|null} [text] SegmentReason text
             */

            /**
             * Constructs a new SegmentReason.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentReason.
             * @implements ISegmentReason
             * @constructor
             * @param {packetlife.v1.ISegmentReason=} [properties] Properties to set
             */
            function SegmentReason(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentReason code.
             * @member {number} code
             * @memberof packetlife.v1.SegmentReason
             * @instance
             */
            SegmentReason.prototype.code = 0;

            /**
             * SegmentReason node.
             * @member {number} node
             * @memberof packetlife.v1.SegmentReason
             * @instance
             */
            SegmentReason.prototype.node = 0;

            /**
             * SegmentReason text.
             * @member {number} text
             * @memberof packetlife.v1.SegmentReason
             * @instance
             */
            SegmentReason.prototype.text = 0;

            /**
             * Creates a new SegmentReason instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {packetlife.v1.ISegmentReason=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentReason} SegmentReason instance
             */
            SegmentReason.create = function create(properties) {
                return new SegmentReason(properties);
            };

            /**
             * Encodes the specified SegmentReason message. Does not implicitly {@link packetlife.v1.SegmentReason.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {packetlife.v1.ISegmentReason} message SegmentReason message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentReason.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.node);
                if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.text);
                return writer;
            };

            /**
             * Encodes the specified SegmentReason message, length delimited. Does not implicitly {@link packetlife.v1.SegmentReason.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {packetlife.v1.ISegmentReason} message SegmentReason message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentReason.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentReason message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentReason} SegmentReason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentReason.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentReason();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.code = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.node = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.text = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentReason message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentReason} SegmentReason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentReason.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentReason message.
             * @function verify
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentReason.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isInteger(message.code))
                        return "code: integer expected";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isInteger(message.node))
                        return "node: integer expected";
                if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isInteger(message.text))
                        return "text: integer expected";
                return null;
            };

            /**
             * Creates a SegmentReason message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentReason} SegmentReason
             */
            SegmentReason.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentReason)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentReason: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentReason();
                if (object.code != null)
                    message.code = object.code >>> 0;
                if (object.node != null)
                    message.node = object.node >>> 0;
                if (object.text != null)
                    message.text = object.text >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SegmentReason message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {packetlife.v1.SegmentReason} message SegmentReason
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentReason.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = 0;
                    object.node = 0;
                    object.text = 0;
                }
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this SegmentReason to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentReason
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentReason.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentReason
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentReason
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentReason.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentReason";
            };

            return SegmentReason;
        })();

        v1.SegmentNat = (function() {

            /**
             * Properties of a SegmentNat.
             * @memberof packetlife.v1
             * @interface ISegmentNat
             * @property {number|null} [kind] SegmentNat kind
             * @property {number|null} [afterHop] SegmentNat afterHop
             * @property {packetlife.v1.ITuple|null} [before] SegmentNat before
             * @property {packetlife.v1.ITuple|null} [after] SegmentNat after
             * @property {packetlife.v1.IConntrack|null} [conntrack] SegmentNat conntrack
             * @property {number|null} [reason] SegmentNat reason
             * @property {number|null} [cause] SegmentNat cause
             * @property {number|null} [service] SegmentNat service
             * @property {number|null} [endpointPod] SegmentNat endpointPod
             * @property {boolean|null} [inferred] SegmentNat inferred
             * @property {number|null} [node] SegmentNat node
             * @property {boolean|null} [beforeIsHop] SegmentNat beforeIsHop
             * @property {boolean|null} [afterIsNextHop] SegmentNat afterIsNextHop
             * @property {number|null} [ct] SegmentNat ct
             */

            /**
             * Constructs a new SegmentNat.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentNat.
             * @implements ISegmentNat
             * @constructor
             * @param {packetlife.v1.ISegmentNat=} [properties] Properties to set
             */
            function SegmentNat(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentNat kind.
             * @member {number} kind
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.kind = 0;

            /**
             * SegmentNat afterHop.
             * @member {number} afterHop
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.afterHop = 0;

            /**
             * SegmentNat before.
             * @member {packetlife.v1.ITuple|null|undefined} before
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.before = null;

            /**
             * SegmentNat after.
             * @member {packetlife.v1.ITuple|null|undefined} after
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.after = null;

            /**
             * SegmentNat conntrack.
             * @member {packetlife.v1.IConntrack|null|undefined} conntrack
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.conntrack = null;

            /**
             * SegmentNat reason.
             * @member {number} reason
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.reason = 0;

            /**
             * SegmentNat cause.
             * @member {number} cause
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.cause = 0;

            /**
             * SegmentNat service.
             * @member {number} service
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.service = 0;

            /**
             * SegmentNat endpointPod.
             * @member {number} endpointPod
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.endpointPod = 0;

            /**
             * SegmentNat inferred.
             * @member {boolean} inferred
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.inferred = false;

            /**
             * SegmentNat node.
             * @member {number} node
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.node = 0;

            /**
             * SegmentNat beforeIsHop.
             * @member {boolean} beforeIsHop
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.beforeIsHop = false;

            /**
             * SegmentNat afterIsNextHop.
             * @member {boolean} afterIsNextHop
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.afterIsNextHop = false;

            /**
             * SegmentNat ct.
             * @member {number} ct
             * @memberof packetlife.v1.SegmentNat
             * @instance
             */
            SegmentNat.prototype.ct = 0;

            /**
             * Creates a new SegmentNat instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {packetlife.v1.ISegmentNat=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentNat} SegmentNat instance
             */
            SegmentNat.create = function create(properties) {
                return new SegmentNat(properties);
            };

            /**
             * Encodes the specified SegmentNat message. Does not implicitly {@link packetlife.v1.SegmentNat.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {packetlife.v1.ISegmentNat} message SegmentNat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentNat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.kind);
                if (message.afterHop != null && Object.hasOwnProperty.call(message, "afterHop"))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.afterHop);
                if (message.before != null && Object.hasOwnProperty.call(message, "before"))
                    $root.packetlife.v1.Tuple.encode(message.before, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.after != null && Object.hasOwnProperty.call(message, "after"))
                    $root.packetlife.v1.Tuple.encode(message.after, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.conntrack != null && Object.hasOwnProperty.call(message, "conntrack"))
                    $root.packetlife.v1.Conntrack.encode(message.conntrack, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.reason);
                if (message.cause != null && Object.hasOwnProperty.call(message, "cause"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.cause);
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.service);
                if (message.endpointPod != null && Object.hasOwnProperty.call(message, "endpointPod"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.endpointPod);
                if (message.inferred != null && Object.hasOwnProperty.call(message, "inferred"))
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.inferred);
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.node);
                if (message.beforeIsHop != null && Object.hasOwnProperty.call(message, "beforeIsHop"))
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.beforeIsHop);
                if (message.afterIsNextHop != null && Object.hasOwnProperty.call(message, "afterIsNextHop"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.afterIsNextHop);
                if (message.ct != null && Object.hasOwnProperty.call(message, "ct"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.ct);
                return writer;
            };

            /**
             * Encodes the specified SegmentNat message, length delimited. Does not implicitly {@link packetlife.v1.SegmentNat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {packetlife.v1.ISegmentNat} message SegmentNat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentNat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentNat message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentNat} SegmentNat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentNat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentNat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kind = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.afterHop = reader.sint32();
                            break;
                        }
                    case 3: {
                            message.before = $root.packetlife.v1.Tuple.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.after = $root.packetlife.v1.Tuple.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.conntrack = $root.packetlife.v1.Conntrack.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.reason = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.cause = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.service = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.endpointPod = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.inferred = reader.bool();
                            break;
                        }
                    case 11: {
                            message.node = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.beforeIsHop = reader.bool();
                            break;
                        }
                    case 13: {
                            message.afterIsNextHop = reader.bool();
                            break;
                        }
                    case 14: {
                            message.ct = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentNat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentNat} SegmentNat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentNat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentNat message.
             * @function verify
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentNat.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isInteger(message.kind))
                        return "kind: integer expected";
                if (message.afterHop != null && Object.hasOwnProperty.call(message, "afterHop"))
                    if (!$util.isInteger(message.afterHop))
                        return "afterHop: integer expected";
                if (message.before != null && Object.hasOwnProperty.call(message, "before")) {
                    let error = $root.packetlife.v1.Tuple.verify(message.before, long + 1);
                    if (error)
                        return "before." + error;
                }
                if (message.after != null && Object.hasOwnProperty.call(message, "after")) {
                    let error = $root.packetlife.v1.Tuple.verify(message.after, long + 1);
                    if (error)
                        return "after." + error;
                }
                if (message.conntrack != null && Object.hasOwnProperty.call(message, "conntrack")) {
                    let error = $root.packetlife.v1.Conntrack.verify(message.conntrack, long + 1);
                    if (error)
                        return "conntrack." + error;
                }
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isInteger(message.reason))
                        return "reason: integer expected";
                if (message.cause != null && Object.hasOwnProperty.call(message, "cause"))
                    if (!$util.isInteger(message.cause))
                        return "cause: integer expected";
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    if (!$util.isInteger(message.service))
                        return "service: integer expected";
                if (message.endpointPod != null && Object.hasOwnProperty.call(message, "endpointPod"))
                    if (!$util.isInteger(message.endpointPod))
                        return "endpointPod: integer expected";
                if (message.inferred != null && Object.hasOwnProperty.call(message, "inferred"))
                    if (typeof message.inferred !== "boolean")
                        return "inferred: boolean expected";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isInteger(message.node))
                        return "node: integer expected";
                if (message.beforeIsHop != null && Object.hasOwnProperty.call(message, "beforeIsHop"))
                    if (typeof message.beforeIsHop !== "boolean")
                        return "beforeIsHop: boolean expected";
                if (message.afterIsNextHop != null && Object.hasOwnProperty.call(message, "afterIsNextHop"))
                    if (typeof message.afterIsNextHop !== "boolean")
                        return "afterIsNextHop: boolean expected";
                if (message.ct != null && Object.hasOwnProperty.call(message, "ct"))
                    if (!$util.isInteger(message.ct))
                        return "ct: integer expected";
                return null;
            };

            /**
             * Creates a SegmentNat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentNat} SegmentNat
             */
            SegmentNat.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentNat)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentNat: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentNat();
                if (object.kind != null)
                    message.kind = object.kind >>> 0;
                if (object.afterHop != null)
                    message.afterHop = object.afterHop | 0;
                if (object.before != null) {
                    if (!$util.isObject(object.before))
                        throw TypeError(".packetlife.v1.SegmentNat.before: object expected");
                    message.before = $root.packetlife.v1.Tuple.fromObject(object.before, long + 1);
                }
                if (object.after != null) {
                    if (!$util.isObject(object.after))
                        throw TypeError(".packetlife.v1.SegmentNat.after: object expected");
                    message.after = $root.packetlife.v1.Tuple.fromObject(object.after, long + 1);
                }
                if (object.conntrack != null) {
                    if (!$util.isObject(object.conntrack))
                        throw TypeError(".packetlife.v1.SegmentNat.conntrack: object expected");
                    message.conntrack = $root.packetlife.v1.Conntrack.fromObject(object.conntrack, long + 1);
                }
                if (object.reason != null)
                    message.reason = object.reason >>> 0;
                if (object.cause != null)
                    message.cause = object.cause >>> 0;
                if (object.service != null)
                    message.service = object.service >>> 0;
                if (object.endpointPod != null)
                    message.endpointPod = object.endpointPod >>> 0;
                if (object.inferred != null)
                    message.inferred = Boolean(object.inferred);
                if (object.node != null)
                    message.node = object.node >>> 0;
                if (object.beforeIsHop != null)
                    message.beforeIsHop = Boolean(object.beforeIsHop);
                if (object.afterIsNextHop != null)
                    message.afterIsNextHop = Boolean(object.afterIsNextHop);
                if (object.ct != null)
                    message.ct = object.ct >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SegmentNat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {packetlife.v1.SegmentNat} message SegmentNat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentNat.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = 0;
                    object.afterHop = 0;
                    object.before = null;
                    object.after = null;
                    object.conntrack = null;
                    object.reason = 0;
                    object.cause = 0;
                    object.service = 0;
                    object.endpointPod = 0;
                    object.inferred = false;
                    object.node = 0;
                    object.beforeIsHop = false;
                    object.afterIsNextHop = false;
                    object.ct = 0;
                }
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.afterHop != null && Object.hasOwnProperty.call(message, "afterHop"))
                    object.afterHop = message.afterHop;
                if (message.before != null && Object.hasOwnProperty.call(message, "before"))
                    object.before = $root.packetlife.v1.Tuple.toObject(message.before, options, q + 1);
                if (message.after != null && Object.hasOwnProperty.call(message, "after"))
                    object.after = $root.packetlife.v1.Tuple.toObject(message.after, options, q + 1);
                if (message.conntrack != null && Object.hasOwnProperty.call(message, "conntrack"))
                    object.conntrack = $root.packetlife.v1.Conntrack.toObject(message.conntrack, options, q + 1);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.cause != null && Object.hasOwnProperty.call(message, "cause"))
                    object.cause = message.cause;
                if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                    object.service = message.service;
                if (message.endpointPod != null && Object.hasOwnProperty.call(message, "endpointPod"))
                    object.endpointPod = message.endpointPod;
                if (message.inferred != null && Object.hasOwnProperty.call(message, "inferred"))
                    object.inferred = message.inferred;
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.beforeIsHop != null && Object.hasOwnProperty.call(message, "beforeIsHop"))
                    object.beforeIsHop = message.beforeIsHop;
                if (message.afterIsNextHop != null && Object.hasOwnProperty.call(message, "afterIsNextHop"))
                    object.afterIsNextHop = message.afterIsNextHop;
                if (message.ct != null && Object.hasOwnProperty.call(message, "ct"))
                    object.ct = message.ct;
                return object;
            };

            /**
             * Converts this SegmentNat to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentNat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentNat.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentNat
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentNat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentNat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentNat";
            };

            return SegmentNat;
        })();

        v1.SegmentRouteTable = (function() {

            /**
             * Properties of a SegmentRouteTable.
             * @memberof packetlife.v1
             * @interface ISegmentRouteTable
             * @property {number|null} [table] SegmentRouteTable table
             * @property {number|null} [tableName] SegmentRouteTable tableName
             * @property {number|null} [error] SegmentRouteTable error
             */

            /**
             * Constructs a new SegmentRouteTable.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentRouteTable.
             * @implements ISegmentRouteTable
             * @constructor
             * @param {packetlife.v1.ISegmentRouteTable=} [properties] Properties to set
             */
            function SegmentRouteTable(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentRouteTable table.
             * @member {number} table
             * @memberof packetlife.v1.SegmentRouteTable
             * @instance
             */
            SegmentRouteTable.prototype.table = 0;

            /**
             * SegmentRouteTable tableName.
             * @member {number} tableName
             * @memberof packetlife.v1.SegmentRouteTable
             * @instance
             */
            SegmentRouteTable.prototype.tableName = 0;

            /**
             * SegmentRouteTable error.
             * @member {number} error
             * @memberof packetlife.v1.SegmentRouteTable
             * @instance
             */
            SegmentRouteTable.prototype.error = 0;

            /**
             * Creates a new SegmentRouteTable instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {packetlife.v1.ISegmentRouteTable=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentRouteTable} SegmentRouteTable instance
             */
            SegmentRouteTable.create = function create(properties) {
                return new SegmentRouteTable(properties);
            };

            /**
             * Encodes the specified SegmentRouteTable message. Does not implicitly {@link packetlife.v1.SegmentRouteTable.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {packetlife.v1.ISegmentRouteTable} message SegmentRouteTable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentRouteTable.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.table);
                if (message.tableName != null && Object.hasOwnProperty.call(message, "tableName"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tableName);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.error);
                return writer;
            };

            /**
             * Encodes the specified SegmentRouteTable message, length delimited. Does not implicitly {@link packetlife.v1.SegmentRouteTable.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {packetlife.v1.ISegmentRouteTable} message SegmentRouteTable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentRouteTable.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentRouteTable message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentRouteTable} SegmentRouteTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentRouteTable.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentRouteTable();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.table = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.tableName = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.error = reader.sint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentRouteTable message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentRouteTable} SegmentRouteTable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentRouteTable.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentRouteTable message.
             * @function verify
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentRouteTable.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    if (!$util.isInteger(message.table))
                        return "table: integer expected";
                if (message.tableName != null && Object.hasOwnProperty.call(message, "tableName"))
                    if (!$util.isInteger(message.tableName))
                        return "tableName: integer expected";
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isInteger(message.error))
                        return "error: integer expected";
                return null;
            };

            /**
             * Creates a SegmentRouteTable message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentRouteTable} SegmentRouteTable
             */
            SegmentRouteTable.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentRouteTable)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentRouteTable: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentRouteTable();
                if (object.table != null)
                    message.table = object.table >>> 0;
                if (object.tableName != null)
                    message.tableName = object.tableName >>> 0;
                if (object.error != null)
                    message.error = object.error | 0;
                return message;
            };

            /**
             * Creates a plain object from a SegmentRouteTable message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {packetlife.v1.SegmentRouteTable} message SegmentRouteTable
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentRouteTable.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.table = 0;
                    object.tableName = 0;
                    object.error = 0;
                }
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    object.table = message.table;
                if (message.tableName != null && Object.hasOwnProperty.call(message, "tableName"))
                    object.tableName = message.tableName;
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this SegmentRouteTable to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentRouteTable
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentRouteTable.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentRouteTable
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentRouteTable
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentRouteTable.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentRouteTable";
            };

            return SegmentRouteTable;
        })();

        v1.SegmentRoute = (function() {

            /**
             * Properties of a SegmentRoute.
             * @memberof packetlife.v1
             * @interface ISegmentRoute
             * @property {number|null} [atHop] SegmentRoute atHop
             * @property {number|null} [table] SegmentRoute table
             * @property {number|null} [tableName] SegmentRoute tableName
             * @property {number|null} [dst] SegmentRoute dst
             * @property {number|null} [gateway] SegmentRoute gateway
             * @property {number|null} [dev] SegmentRoute dev
             * @property {number|null} [eni] SegmentRoute eni
             * @property {Array.<packetlife.v1.ISegmentRouteTable>|null} [consulted] SegmentRoute consulted
             * @property {boolean|null} [hasError] SegmentRoute hasError
             * @property {number|null} [error] SegmentRoute error
             * @property {number|null} [node] SegmentRoute node
             * @property {boolean|null} [hasConsulted] SegmentRoute hasConsulted
             */

            /**
             * Constructs a new SegmentRoute.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentRoute.
             * @implements ISegmentRoute
             * @constructor
             * @param {packetlife.v1.ISegmentRoute=} [properties] Properties to set
             */
            function SegmentRoute(properties) {
                this.consulted = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentRoute atHop.
             * @member {number} atHop
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.atHop = 0;

            /**
             * SegmentRoute table.
             * @member {number} table
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.table = 0;

            /**
             * SegmentRoute tableName.
             * @member {number} tableName
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.tableName = 0;

            /**
             * SegmentRoute dst.
             * @member {number} dst
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.dst = 0;

            /**
             * SegmentRoute gateway.
             * @member {number} gateway
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.gateway = 0;

            /**
             * SegmentRoute dev.
             * @member {number} dev
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.dev = 0;

            /**
             * SegmentRoute eni.
             * @member {number} eni
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.eni = 0;

            /**
             * SegmentRoute consulted.
             * @member {Array.<packetlife.v1.ISegmentRouteTable>} consulted
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.consulted = $util.emptyArray;

            /**
             * SegmentRoute hasError.
             * @member {boolean} hasError
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.hasError = false;

            /**
             * SegmentRoute error.
             * @member {number} error
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.error = 0;

            /**
             * SegmentRoute node.
             * @member {number} node
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.node = 0;

            /**
             * SegmentRoute hasConsulted.
             * @member {boolean} hasConsulted
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             */
            SegmentRoute.prototype.hasConsulted = false;

            /**
             * Creates a new SegmentRoute instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {packetlife.v1.ISegmentRoute=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentRoute} SegmentRoute instance
             */
            SegmentRoute.create = function create(properties) {
                return new SegmentRoute(properties);
            };

            /**
             * Encodes the specified SegmentRoute message. Does not implicitly {@link packetlife.v1.SegmentRoute.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {packetlife.v1.ISegmentRoute} message SegmentRoute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentRoute.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.atHop != null && Object.hasOwnProperty.call(message, "atHop"))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.atHop);
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.table);
                if (message.tableName != null && Object.hasOwnProperty.call(message, "tableName"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.tableName);
                if (message.dst != null && Object.hasOwnProperty.call(message, "dst"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dst);
                if (message.gateway != null && Object.hasOwnProperty.call(message, "gateway"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.gateway);
                if (message.dev != null && Object.hasOwnProperty.call(message, "dev"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.dev);
                if (message.eni != null && Object.hasOwnProperty.call(message, "eni"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.eni);
                if (message.consulted != null && message.consulted.length)
                    for (let i = 0; i < message.consulted.length; ++i)
                        $root.packetlife.v1.SegmentRouteTable.encode(message.consulted[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.hasError != null && Object.hasOwnProperty.call(message, "hasError"))
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.hasError);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 10, wireType 0 =*/80).sint32(message.error);
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.node);
                if (message.hasConsulted != null && Object.hasOwnProperty.call(message, "hasConsulted"))
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.hasConsulted);
                return writer;
            };

            /**
             * Encodes the specified SegmentRoute message, length delimited. Does not implicitly {@link packetlife.v1.SegmentRoute.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {packetlife.v1.ISegmentRoute} message SegmentRoute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentRoute.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentRoute message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentRoute} SegmentRoute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentRoute.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentRoute();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.atHop = reader.sint32();
                            break;
                        }
                    case 2: {
                            message.table = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.tableName = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.dst = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.gateway = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.dev = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.eni = reader.uint32();
                            break;
                        }
                    case 8: {
                            if (!(message.consulted && message.consulted.length))
                                message.consulted = [];
                            message.consulted.push($root.packetlife.v1.SegmentRouteTable.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 9: {
                            message.hasError = reader.bool();
                            break;
                        }
                    case 10: {
                            message.error = reader.sint32();
                            break;
                        }
                    case 11: {
                            message.node = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.hasConsulted = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentRoute message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentRoute} SegmentRoute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentRoute.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentRoute message.
             * @function verify
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentRoute.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.atHop != null && Object.hasOwnProperty.call(message, "atHop"))
                    if (!$util.isInteger(message.atHop))
                        return "atHop: integer expected";
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    if (!$util.isInteger(message.table))
                        return "table: integer expected";
                if (message.tableName != null && Object.hasOwnProperty.call(message, "tableName"))
                    if (!$util.isInteger(message.tableName))
                        return "tableName: integer expected";
                if (message.dst != null && Object.hasOwnProperty.call(message, "dst"))
                    if (!$util.isInteger(message.dst))
                        return "dst: integer expected";
                if (message.gateway != null && Object.hasOwnProperty.call(message, "gateway"))
                    if (!$util.isInteger(message.gateway))
                        return "gateway: integer expected";
                if (message.dev != null && Object.hasOwnProperty.call(message, "dev"))
                    if (!$util.isInteger(message.dev))
                        return "dev: integer expected";
                if (message.eni != null && Object.hasOwnProperty.call(message, "eni"))
                    if (!$util.isInteger(message.eni))
                        return "eni: integer expected";
                if (message.consulted != null && Object.hasOwnProperty.call(message, "consulted")) {
                    if (!Array.isArray(message.consulted))
                        return "consulted: array expected";
                    for (let i = 0; i < message.consulted.length; ++i) {
                        let error = $root.packetlife.v1.SegmentRouteTable.verify(message.consulted[i], long + 1);
                        if (error)
                            return "consulted." + error;
                    }
                }
                if (message.hasError != null && Object.hasOwnProperty.call(message, "hasError"))
                    if (typeof message.hasError !== "boolean")
                        return "hasError: boolean expected";
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isInteger(message.error))
                        return "error: integer expected";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isInteger(message.node))
                        return "node: integer expected";
                if (message.hasConsulted != null && Object.hasOwnProperty.call(message, "hasConsulted"))
                    if (typeof message.hasConsulted !== "boolean")
                        return "hasConsulted: boolean expected";
                return null;
            };

            /**
             * Creates a SegmentRoute message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentRoute} SegmentRoute
             */
            SegmentRoute.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentRoute)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentRoute: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentRoute();
                if (object.atHop != null)
                    message.atHop = object.atHop | 0;
                if (object.table != null)
                    message.table = object.table >>> 0;
                if (object.tableName != null)
                    message.tableName = object.tableName >>> 0;
                if (object.dst != null)
                    message.dst = object.dst >>> 0;
                if (object.gateway != null)
                    message.gateway = object.gateway >>> 0;
                if (object.dev != null)
                    message.dev = object.dev >>> 0;
                if (object.eni != null)
                    message.eni = object.eni >>> 0;
                if (object.consulted) {
                    if (!Array.isArray(object.consulted))
                        throw TypeError(".packetlife.v1.SegmentRoute.consulted: array expected");
                    message.consulted = [];
                    for (let i = 0; i < object.consulted.length; ++i) {
                        if (!$util.isObject(object.consulted[i]))
                            throw TypeError(".packetlife.v1.SegmentRoute.consulted: object expected");
                        message.consulted[i] = $root.packetlife.v1.SegmentRouteTable.fromObject(object.consulted[i], long + 1);
                    }
                }
                if (object.hasError != null)
                    message.hasError = Boolean(object.hasError);
                if (object.error != null)
                    message.error = object.error | 0;
                if (object.node != null)
                    message.node = object.node >>> 0;
                if (object.hasConsulted != null)
                    message.hasConsulted = Boolean(object.hasConsulted);
                return message;
            };

            /**
             * Creates a plain object from a SegmentRoute message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {packetlife.v1.SegmentRoute} message SegmentRoute
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentRoute.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.consulted = [];
                if (options.defaults) {
                    object.atHop = 0;
                    object.table = 0;
                    object.tableName = 0;
                    object.dst = 0;
                    object.gateway = 0;
                    object.dev = 0;
                    object.eni = 0;
                    object.hasError = false;
                    object.error = 0;
                    object.node = 0;
                    object.hasConsulted = false;
                }
                if (message.atHop != null && Object.hasOwnProperty.call(message, "atHop"))
                    object.atHop = message.atHop;
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    object.table = message.table;
                if (message.tableName != null && Object.hasOwnProperty.call(message, "tableName"))
                    object.tableName = message.tableName;
                if (message.dst != null && Object.hasOwnProperty.call(message, "dst"))
                    object.dst = message.dst;
                if (message.gateway != null && Object.hasOwnProperty.call(message, "gateway"))
                    object.gateway = message.gateway;
                if (message.dev != null && Object.hasOwnProperty.call(message, "dev"))
                    object.dev = message.dev;
                if (message.eni != null && Object.hasOwnProperty.call(message, "eni"))
                    object.eni = message.eni;
                if (message.consulted && message.consulted.length) {
                    object.consulted = [];
                    for (let j = 0; j < message.consulted.length; ++j)
                        object.consulted[j] = $root.packetlife.v1.SegmentRouteTable.toObject(message.consulted[j], options, q + 1);
                }
                if (message.hasError != null && Object.hasOwnProperty.call(message, "hasError"))
                    object.hasError = message.hasError;
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.hasConsulted != null && Object.hasOwnProperty.call(message, "hasConsulted"))
                    object.hasConsulted = message.hasConsulted;
                return object;
            };

            /**
             * Converts this SegmentRoute to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentRoute
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentRoute.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentRoute
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentRoute
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentRoute.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentRoute";
            };

            return SegmentRoute;
        })();

        v1.SegmentDrop = (function() {

            /**
             * Properties of a SegmentDrop.
             * @memberof packetlife.v1
             * @interface ISegmentDrop
             * @property {number|null} [atHop] SegmentDrop atHop
             * @property {number|null} [reason] SegmentDrop reason
             * @property {number|null} [place] SegmentDrop place
             * @property {number|Long|null} [timeDeltaNs] SegmentDrop timeDeltaNs
             * @property {number|null} [meaning] SegmentDrop meaning
             * @property {number|null} [node] SegmentDrop node
             */

            /**
             * Constructs a new SegmentDrop.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentDrop.
             * @implements ISegmentDrop
             * @constructor
             * @param {packetlife.v1.ISegmentDrop=} [properties] Properties to set
             */
            function SegmentDrop(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentDrop atHop.
             * @member {number} atHop
             * @memberof packetlife.v1.SegmentDrop
             * @instance
             */
            SegmentDrop.prototype.atHop = 0;

            /**
             * SegmentDrop reason.
             * @member {number} reason
             * @memberof packetlife.v1.SegmentDrop
             * @instance
             */
            SegmentDrop.prototype.reason = 0;

            /**
             * SegmentDrop place.
             * @member {number} place
             * @memberof packetlife.v1.SegmentDrop
             * @instance
             */
            SegmentDrop.prototype.place = 0;

            /**
             * SegmentDrop timeDeltaNs.
             * @member {number|Long} timeDeltaNs
             * @memberof packetlife.v1.SegmentDrop
             * @instance
             */
            SegmentDrop.prototype.timeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SegmentDrop meaning.
             * @member {number} meaning
             * @memberof packetlife.v1.SegmentDrop
             * @instance
             */
            SegmentDrop.prototype.meaning = 0;

            /**
             * SegmentDrop node.
             * @member {number} node
             * @memberof packetlife.v1.SegmentDrop
             * @instance
             */
            SegmentDrop.prototype.node = 0;

            /**
             * Creates a new SegmentDrop instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {packetlife.v1.ISegmentDrop=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentDrop} SegmentDrop instance
             */
            SegmentDrop.create = function create(properties) {
                return new SegmentDrop(properties);
            };

            /**
             * Encodes the specified SegmentDrop message. Does not implicitly {@link packetlife.v1.SegmentDrop.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {packetlife.v1.ISegmentDrop} message SegmentDrop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentDrop.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.atHop != null && Object.hasOwnProperty.call(message, "atHop"))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.atHop);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.reason);
                if (message.place != null && Object.hasOwnProperty.call(message, "place"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.place);
                if (message.timeDeltaNs != null && Object.hasOwnProperty.call(message, "timeDeltaNs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).sint64(message.timeDeltaNs);
                if (message.meaning != null && Object.hasOwnProperty.call(message, "meaning"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.meaning);
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.node);
                return writer;
            };

            /**
             * Encodes the specified SegmentDrop message, length delimited. Does not implicitly {@link packetlife.v1.SegmentDrop.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {packetlife.v1.ISegmentDrop} message SegmentDrop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentDrop.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentDrop message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentDrop} SegmentDrop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentDrop.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentDrop();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.atHop = reader.sint32();
                            break;
                        }
                    case 2: {
                            message.reason = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.place = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.timeDeltaNs = reader.sint64();
                            break;
                        }
                    case 5: {
                            message.meaning = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.node = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentDrop message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentDrop} SegmentDrop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentDrop.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentDrop message.
             * @function verify
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentDrop.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.atHop != null && Object.hasOwnProperty.call(message, "atHop"))
                    if (!$util.isInteger(message.atHop))
                        return "atHop: integer expected";
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isInteger(message.reason))
                        return "reason: integer expected";
                if (message.place != null && Object.hasOwnProperty.call(message, "place"))
                    if (!$util.isInteger(message.place))
                        return "place: integer expected";
                if (message.timeDeltaNs != null && Object.hasOwnProperty.call(message, "timeDeltaNs"))
                    if (!$util.isInteger(message.timeDeltaNs) && !(message.timeDeltaNs && $util.isInteger(message.timeDeltaNs.low) && $util.isInteger(message.timeDeltaNs.high)))
                        return "timeDeltaNs: integer|Long expected";
                if (message.meaning != null && Object.hasOwnProperty.call(message, "meaning"))
                    if (!$util.isInteger(message.meaning))
                        return "meaning: integer expected";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isInteger(message.node))
                        return "node: integer expected";
                return null;
            };

            /**
             * Creates a SegmentDrop message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentDrop} SegmentDrop
             */
            SegmentDrop.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentDrop)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentDrop: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentDrop();
                if (object.atHop != null)
                    message.atHop = object.atHop | 0;
                if (object.reason != null)
                    message.reason = object.reason >>> 0;
                if (object.place != null)
                    message.place = object.place >>> 0;
                if (object.timeDeltaNs != null)
                    if ($util.Long)
                        message.timeDeltaNs = $util.Long.fromValue(object.timeDeltaNs, false);
                    else if (typeof object.timeDeltaNs === "string")
                        message.timeDeltaNs = parseInt(object.timeDeltaNs, 10);
                    else if (typeof object.timeDeltaNs === "number")
                        message.timeDeltaNs = object.timeDeltaNs;
                    else if (typeof object.timeDeltaNs === "object")
                        message.timeDeltaNs = new $util.LongBits(object.timeDeltaNs.low >>> 0, object.timeDeltaNs.high >>> 0).toNumber();
                if (object.meaning != null)
                    message.meaning = object.meaning >>> 0;
                if (object.node != null)
                    message.node = object.node >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SegmentDrop message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {packetlife.v1.SegmentDrop} message SegmentDrop
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentDrop.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.atHop = 0;
                    object.reason = 0;
                    object.place = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.timeDeltaNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.meaning = 0;
                    object.node = 0;
                }
                if (message.atHop != null && Object.hasOwnProperty.call(message, "atHop"))
                    object.atHop = message.atHop;
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.place != null && Object.hasOwnProperty.call(message, "place"))
                    object.place = message.place;
                if (message.timeDeltaNs != null && Object.hasOwnProperty.call(message, "timeDeltaNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.timeDeltaNs = typeof message.timeDeltaNs === "number" ? BigInt(message.timeDeltaNs) : $util.Long.fromBits(message.timeDeltaNs.low >>> 0, message.timeDeltaNs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeDeltaNs === "number")
                        object.timeDeltaNs = options.longs === String ? String(message.timeDeltaNs) : message.timeDeltaNs;
                    else
                        object.timeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.timeDeltaNs) : options.longs === Number ? new $util.LongBits(message.timeDeltaNs.low >>> 0, message.timeDeltaNs.high >>> 0).toNumber() : message.timeDeltaNs;
                if (message.meaning != null && Object.hasOwnProperty.call(message, "meaning"))
                    object.meaning = message.meaning;
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                return object;
            };

            /**
             * Converts this SegmentDrop to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentDrop
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentDrop.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentDrop
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentDrop
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentDrop.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentDrop";
            };

            return SegmentDrop;
        })();

        v1.Segment = (function() {

            /**
             * Properties of a Segment.
             * @memberof packetlife.v1
             * @interface ISegment
             * @property {number|null} [node] Segment node
             * @property {number|Long|null} [startUnixNs] Segment startUnixNs
             * @property {Array.<packetlife.v1.ISegmentHop>|null} [hops] Segment hops
             * @property {number|null} [start] Segment start
             * @property {number|null} [end] Segment end
             * @property {number|null} [direction] Segment direction
             * @property {number|Long|null} [firstMonoNs] Segment firstMonoNs
             * @property {number|Long|null} [lastMonoDeltaNs] Segment lastMonoDeltaNs
             * @property {Array.<packetlife.v1.IConntrack>|null} [cts] Segment cts
             * @property {Array.<number>|null} [ctOrder] Segment ctOrder
             * @property {Array.<packetlife.v1.ISegmentNat>|null} [nats] Segment nats
             * @property {Array.<packetlife.v1.ISegmentRoute>|null} [routes] Segment routes
             * @property {Array.<packetlife.v1.ISegmentDrop>|null} [drops] Segment drops
             * @property {Array.<packetlife.v1.ISegmentReason>|null} [startReasons] Segment startReasons
             * @property {Array.<packetlife.v1.ISegmentReason>|null} [innerReasons] Segment innerReasons
             * @property {Array.<packetlife.v1.ISegmentReason>|null} [endReasons] Segment endReasons
             * @property {number|Long|null} [endDeltaNs] Segment endDeltaNs
             * @property {Array.<number>|null} [batchCts] Segment batchCts
             * @property {Array.<number>|null} [ctStatus] Segment ctStatus
             * @property {Array.<number>|null} [ctInfo] Segment ctInfo
             * @property {Array.<number>|null} [ctMark] Segment ctMark
             * @property {number|Long|null} [endAfterLastHopNs] Segment endAfterLastHopNs
             * @property {number|Long|null} [firstMonoAfterOffsetNs] Segment firstMonoAfterOffsetNs
             * @property {number|null} [shape] Segment shape
             * @property {number|Long|null} [lastMonoAfterHopsNs] Segment lastMonoAfterHopsNs
             */

            /**
             * Constructs a new Segment.
             * @memberof packetlife.v1
             * @classdesc Represents a Segment.
             * @implements ISegment
             * @constructor
             * @param {packetlife.v1.ISegment=} [properties] Properties to set
             */
            function Segment(properties) {
                this.hops = [];
                this.cts = [];
                this.ctOrder = [];
                this.nats = [];
                this.routes = [];
                this.drops = [];
                this.startReasons = [];
                this.innerReasons = [];
                this.endReasons = [];
                this.batchCts = [];
                this.ctStatus = [];
                this.ctInfo = [];
                this.ctMark = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Segment node.
             * @member {number} node
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.node = 0;

            /**
             * Segment startUnixNs.
             * @member {number|Long} startUnixNs
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.startUnixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Segment hops.
             * @member {Array.<packetlife.v1.ISegmentHop>} hops
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.hops = $util.emptyArray;

            /**
             * Segment start.
             * @member {number} start
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.start = 0;

            /**
             * Segment end.
             * @member {number} end
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.end = 0;

            /**
             * Segment direction.
             * @member {number} direction
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.direction = 0;

            /**
             * Segment firstMonoNs.
             * @member {number|Long} firstMonoNs
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.firstMonoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Segment lastMonoDeltaNs.
             * @member {number|Long} lastMonoDeltaNs
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.lastMonoDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Segment cts.
             * @member {Array.<packetlife.v1.IConntrack>} cts
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.cts = $util.emptyArray;

            /**
             * Segment ctOrder.
             * @member {Array.<number>} ctOrder
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.ctOrder = $util.emptyArray;

            /**
             * Segment nats.
             * @member {Array.<packetlife.v1.ISegmentNat>} nats
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.nats = $util.emptyArray;

            /**
             * Segment routes.
             * @member {Array.<packetlife.v1.ISegmentRoute>} routes
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.routes = $util.emptyArray;

            /**
             * Segment drops.
             * @member {Array.<packetlife.v1.ISegmentDrop>} drops
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.drops = $util.emptyArray;

            /**
             * Segment startReasons.
             * @member {Array.<packetlife.v1.ISegmentReason>} startReasons
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.startReasons = $util.emptyArray;

            /**
             * Segment innerReasons.
             * @member {Array.<packetlife.v1.ISegmentReason>} innerReasons
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.innerReasons = $util.emptyArray;

            /**
             * Segment endReasons.
             * @member {Array.<packetlife.v1.ISegmentReason>} endReasons
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.endReasons = $util.emptyArray;

            /**
             * Segment endDeltaNs.
             * @member {number|Long} endDeltaNs
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.endDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Segment batchCts.
             * @member {Array.<number>} batchCts
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.batchCts = $util.emptyArray;

            /**
             * Segment ctStatus.
             * @member {Array.<number>} ctStatus
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.ctStatus = $util.emptyArray;

            /**
             * Segment ctInfo.
             * @member {Array.<number>} ctInfo
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.ctInfo = $util.emptyArray;

            /**
             * Segment ctMark.
             * @member {Array.<number>} ctMark
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.ctMark = $util.emptyArray;

            /**
             * Segment endAfterLastHopNs.
             * @member {number|Long} endAfterLastHopNs
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.endAfterLastHopNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Segment firstMonoAfterOffsetNs.
             * @member {number|Long} firstMonoAfterOffsetNs
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.firstMonoAfterOffsetNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Segment shape.
             * @member {number} shape
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.shape = 0;

            /**
             * Segment lastMonoAfterHopsNs.
             * @member {number|Long} lastMonoAfterHopsNs
             * @memberof packetlife.v1.Segment
             * @instance
             */
            Segment.prototype.lastMonoAfterHopsNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Segment instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Segment
             * @static
             * @param {packetlife.v1.ISegment=} [properties] Properties to set
             * @returns {packetlife.v1.Segment} Segment instance
             */
            Segment.create = function create(properties) {
                return new Segment(properties);
            };

            /**
             * Encodes the specified Segment message. Does not implicitly {@link packetlife.v1.Segment.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Segment
             * @static
             * @param {packetlife.v1.ISegment} message Segment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Segment.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.node);
                if (message.startUnixNs != null && Object.hasOwnProperty.call(message, "startUnixNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.startUnixNs);
                if (message.hops != null && message.hops.length)
                    for (let i = 0; i < message.hops.length; ++i)
                        $root.packetlife.v1.SegmentHop.encode(message.hops[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.start);
                if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.end);
                if (message.direction != null && Object.hasOwnProperty.call(message, "direction"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.direction);
                if (message.firstMonoNs != null && Object.hasOwnProperty.call(message, "firstMonoNs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.firstMonoNs);
                if (message.lastMonoDeltaNs != null && Object.hasOwnProperty.call(message, "lastMonoDeltaNs"))
                    writer.uint32(/* id 8, wireType 0 =*/64).sint64(message.lastMonoDeltaNs);
                if (message.cts != null && message.cts.length)
                    for (let i = 0; i < message.cts.length; ++i)
                        $root.packetlife.v1.Conntrack.encode(message.cts[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.ctOrder != null && message.ctOrder.length) {
                    writer.uint32(/* id 10, wireType 2 =*/82).fork();
                    for (let i = 0; i < message.ctOrder.length; ++i)
                        writer.uint32(message.ctOrder[i]);
                    writer.ldelim();
                }
                if (message.nats != null && message.nats.length)
                    for (let i = 0; i < message.nats.length; ++i)
                        $root.packetlife.v1.SegmentNat.encode(message.nats[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.routes != null && message.routes.length)
                    for (let i = 0; i < message.routes.length; ++i)
                        $root.packetlife.v1.SegmentRoute.encode(message.routes[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.drops != null && message.drops.length)
                    for (let i = 0; i < message.drops.length; ++i)
                        $root.packetlife.v1.SegmentDrop.encode(message.drops[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.startReasons != null && message.startReasons.length)
                    for (let i = 0; i < message.startReasons.length; ++i)
                        $root.packetlife.v1.SegmentReason.encode(message.startReasons[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.innerReasons != null && message.innerReasons.length)
                    for (let i = 0; i < message.innerReasons.length; ++i)
                        $root.packetlife.v1.SegmentReason.encode(message.innerReasons[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.endReasons != null && message.endReasons.length)
                    for (let i = 0; i < message.endReasons.length; ++i)
                        $root.packetlife.v1.SegmentReason.encode(message.endReasons[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.endDeltaNs != null && Object.hasOwnProperty.call(message, "endDeltaNs"))
                    writer.uint32(/* id 17, wireType 0 =*/136).sint64(message.endDeltaNs);
                if (message.batchCts != null && message.batchCts.length) {
                    writer.uint32(/* id 18, wireType 2 =*/146).fork();
                    for (let i = 0; i < message.batchCts.length; ++i)
                        writer.uint32(message.batchCts[i]);
                    writer.ldelim();
                }
                if (message.ctStatus != null && message.ctStatus.length) {
                    writer.uint32(/* id 19, wireType 2 =*/154).fork();
                    for (let i = 0; i < message.ctStatus.length; ++i)
                        writer.uint32(message.ctStatus[i]);
                    writer.ldelim();
                }
                if (message.ctInfo != null && message.ctInfo.length) {
                    writer.uint32(/* id 20, wireType 2 =*/162).fork();
                    for (let i = 0; i < message.ctInfo.length; ++i)
                        writer.uint32(message.ctInfo[i]);
                    writer.ldelim();
                }
                if (message.ctMark != null && message.ctMark.length) {
                    writer.uint32(/* id 21, wireType 2 =*/170).fork();
                    for (let i = 0; i < message.ctMark.length; ++i)
                        writer.uint32(message.ctMark[i]);
                    writer.ldelim();
                }
                if (message.endAfterLastHopNs != null && Object.hasOwnProperty.call(message, "endAfterLastHopNs"))
                    writer.uint32(/* id 22, wireType 0 =*/176).sint64(message.endAfterLastHopNs);
                if (message.firstMonoAfterOffsetNs != null && Object.hasOwnProperty.call(message, "firstMonoAfterOffsetNs"))
                    writer.uint32(/* id 23, wireType 0 =*/184).sint64(message.firstMonoAfterOffsetNs);
                if (message.shape != null && Object.hasOwnProperty.call(message, "shape"))
                    writer.uint32(/* id 24, wireType 0 =*/192).uint32(message.shape);
                if (message.lastMonoAfterHopsNs != null && Object.hasOwnProperty.call(message, "lastMonoAfterHopsNs"))
                    writer.uint32(/* id 25, wireType 0 =*/200).sint64(message.lastMonoAfterHopsNs);
                return writer;
            };

            /**
             * Encodes the specified Segment message, length delimited. Does not implicitly {@link packetlife.v1.Segment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Segment
             * @static
             * @param {packetlife.v1.ISegment} message Segment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Segment.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Segment message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Segment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Segment} Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Segment.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Segment();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.node = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.startUnixNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            if (!(message.hops && message.hops.length))
                                message.hops = [];
                            message.hops.push($root.packetlife.v1.SegmentHop.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.start = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.end = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.direction = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.firstMonoNs = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.lastMonoDeltaNs = reader.sint64();
                            break;
                        }
                    case 9: {
                            if (!(message.cts && message.cts.length))
                                message.cts = [];
                            message.cts.push($root.packetlife.v1.Conntrack.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            if (!(message.ctOrder && message.ctOrder.length))
                                message.ctOrder = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.ctOrder.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.ctOrder.push(reader.uint32());
                            break;
                        }
                    case 11: {
                            if (!(message.nats && message.nats.length))
                                message.nats = [];
                            message.nats.push($root.packetlife.v1.SegmentNat.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 12: {
                            if (!(message.routes && message.routes.length))
                                message.routes = [];
                            message.routes.push($root.packetlife.v1.SegmentRoute.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 13: {
                            if (!(message.drops && message.drops.length))
                                message.drops = [];
                            message.drops.push($root.packetlife.v1.SegmentDrop.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 14: {
                            if (!(message.startReasons && message.startReasons.length))
                                message.startReasons = [];
                            message.startReasons.push($root.packetlife.v1.SegmentReason.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 15: {
                            if (!(message.innerReasons && message.innerReasons.length))
                                message.innerReasons = [];
                            message.innerReasons.push($root.packetlife.v1.SegmentReason.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 16: {
                            if (!(message.endReasons && message.endReasons.length))
                                message.endReasons = [];
                            message.endReasons.push($root.packetlife.v1.SegmentReason.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 17: {
                            message.endDeltaNs = reader.sint64();
                            break;
                        }
                    case 18: {
                            if (!(message.batchCts && message.batchCts.length))
                                message.batchCts = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.batchCts.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.batchCts.push(reader.uint32());
                            break;
                        }
                    case 19: {
                            if (!(message.ctStatus && message.ctStatus.length))
                                message.ctStatus = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.ctStatus.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.ctStatus.push(reader.uint32());
                            break;
                        }
                    case 20: {
                            if (!(message.ctInfo && message.ctInfo.length))
                                message.ctInfo = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.ctInfo.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.ctInfo.push(reader.uint32());
                            break;
                        }
                    case 21: {
                            if (!(message.ctMark && message.ctMark.length))
                                message.ctMark = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.ctMark.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.ctMark.push(reader.uint32());
                            break;
                        }
                    case 22: {
                            message.endAfterLastHopNs = reader.sint64();
                            break;
                        }
                    case 23: {
                            message.firstMonoAfterOffsetNs = reader.sint64();
                            break;
                        }
                    case 24: {
                            message.shape = reader.uint32();
                            break;
                        }
                    case 25: {
                            message.lastMonoAfterHopsNs = reader.sint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Segment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Segment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Segment} Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Segment.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Segment message.
             * @function verify
             * @memberof packetlife.v1.Segment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Segment.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isInteger(message.node))
                        return "node: integer expected";
                if (message.startUnixNs != null && Object.hasOwnProperty.call(message, "startUnixNs"))
                    if (!$util.isInteger(message.startUnixNs) && !(message.startUnixNs && $util.isInteger(message.startUnixNs.low) && $util.isInteger(message.startUnixNs.high)))
                        return "startUnixNs: integer|Long expected";
                if (message.hops != null && Object.hasOwnProperty.call(message, "hops")) {
                    if (!Array.isArray(message.hops))
                        return "hops: array expected";
                    for (let i = 0; i < message.hops.length; ++i) {
                        let error = $root.packetlife.v1.SegmentHop.verify(message.hops[i], long + 1);
                        if (error)
                            return "hops." + error;
                    }
                }
                if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                    if (!$util.isInteger(message.start))
                        return "start: integer expected";
                if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                    if (!$util.isInteger(message.end))
                        return "end: integer expected";
                if (message.direction != null && Object.hasOwnProperty.call(message, "direction"))
                    if (!$util.isInteger(message.direction))
                        return "direction: integer expected";
                if (message.firstMonoNs != null && Object.hasOwnProperty.call(message, "firstMonoNs"))
                    if (!$util.isInteger(message.firstMonoNs) && !(message.firstMonoNs && $util.isInteger(message.firstMonoNs.low) && $util.isInteger(message.firstMonoNs.high)))
                        return "firstMonoNs: integer|Long expected";
                if (message.lastMonoDeltaNs != null && Object.hasOwnProperty.call(message, "lastMonoDeltaNs"))
                    if (!$util.isInteger(message.lastMonoDeltaNs) && !(message.lastMonoDeltaNs && $util.isInteger(message.lastMonoDeltaNs.low) && $util.isInteger(message.lastMonoDeltaNs.high)))
                        return "lastMonoDeltaNs: integer|Long expected";
                if (message.cts != null && Object.hasOwnProperty.call(message, "cts")) {
                    if (!Array.isArray(message.cts))
                        return "cts: array expected";
                    for (let i = 0; i < message.cts.length; ++i) {
                        let error = $root.packetlife.v1.Conntrack.verify(message.cts[i], long + 1);
                        if (error)
                            return "cts." + error;
                    }
                }
                if (message.ctOrder != null && Object.hasOwnProperty.call(message, "ctOrder")) {
                    if (!Array.isArray(message.ctOrder))
                        return "ctOrder: array expected";
                    for (let i = 0; i < message.ctOrder.length; ++i)
                        if (!$util.isInteger(message.ctOrder[i]))
                            return "ctOrder: integer[] expected";
                }
                if (message.nats != null && Object.hasOwnProperty.call(message, "nats")) {
                    if (!Array.isArray(message.nats))
                        return "nats: array expected";
                    for (let i = 0; i < message.nats.length; ++i) {
                        let error = $root.packetlife.v1.SegmentNat.verify(message.nats[i], long + 1);
                        if (error)
                            return "nats." + error;
                    }
                }
                if (message.routes != null && Object.hasOwnProperty.call(message, "routes")) {
                    if (!Array.isArray(message.routes))
                        return "routes: array expected";
                    for (let i = 0; i < message.routes.length; ++i) {
                        let error = $root.packetlife.v1.SegmentRoute.verify(message.routes[i], long + 1);
                        if (error)
                            return "routes." + error;
                    }
                }
                if (message.drops != null && Object.hasOwnProperty.call(message, "drops")) {
                    if (!Array.isArray(message.drops))
                        return "drops: array expected";
                    for (let i = 0; i < message.drops.length; ++i) {
                        let error = $root.packetlife.v1.SegmentDrop.verify(message.drops[i], long + 1);
                        if (error)
                            return "drops." + error;
                    }
                }
                if (message.startReasons != null && Object.hasOwnProperty.call(message, "startReasons")) {
                    if (!Array.isArray(message.startReasons))
                        return "startReasons: array expected";
                    for (let i = 0; i < message.startReasons.length; ++i) {
                        let error = $root.packetlife.v1.SegmentReason.verify(message.startReasons[i], long + 1);
                        if (error)
                            return "startReasons." + error;
                    }
                }
                if (message.innerReasons != null && Object.hasOwnProperty.call(message, "innerReasons")) {
                    if (!Array.isArray(message.innerReasons))
                        return "innerReasons: array expected";
                    for (let i = 0; i < message.innerReasons.length; ++i) {
                        let error = $root.packetlife.v1.SegmentReason.verify(message.innerReasons[i], long + 1);
                        if (error)
                            return "innerReasons." + error;
                    }
                }
                if (message.endReasons != null && Object.hasOwnProperty.call(message, "endReasons")) {
                    if (!Array.isArray(message.endReasons))
                        return "endReasons: array expected";
                    for (let i = 0; i < message.endReasons.length; ++i) {
                        let error = $root.packetlife.v1.SegmentReason.verify(message.endReasons[i], long + 1);
                        if (error)
                            return "endReasons." + error;
                    }
                }
                if (message.endDeltaNs != null && Object.hasOwnProperty.call(message, "endDeltaNs"))
                    if (!$util.isInteger(message.endDeltaNs) && !(message.endDeltaNs && $util.isInteger(message.endDeltaNs.low) && $util.isInteger(message.endDeltaNs.high)))
                        return "endDeltaNs: integer|Long expected";
                if (message.batchCts != null && Object.hasOwnProperty.call(message, "batchCts")) {
                    if (!Array.isArray(message.batchCts))
                        return "batchCts: array expected";
                    for (let i = 0; i < message.batchCts.length; ++i)
                        if (!$util.isInteger(message.batchCts[i]))
                            return "batchCts: integer[] expected";
                }
                if (message.ctStatus != null && Object.hasOwnProperty.call(message, "ctStatus")) {
                    if (!Array.isArray(message.ctStatus))
                        return "ctStatus: array expected";
                    for (let i = 0; i < message.ctStatus.length; ++i)
                        if (!$util.isInteger(message.ctStatus[i]))
                            return "ctStatus: integer[] expected";
                }
                if (message.ctInfo != null && Object.hasOwnProperty.call(message, "ctInfo")) {
                    if (!Array.isArray(message.ctInfo))
                        return "ctInfo: array expected";
                    for (let i = 0; i < message.ctInfo.length; ++i)
                        if (!$util.isInteger(message.ctInfo[i]))
                            return "ctInfo: integer[] expected";
                }
                if (message.ctMark != null && Object.hasOwnProperty.call(message, "ctMark")) {
                    if (!Array.isArray(message.ctMark))
                        return "ctMark: array expected";
                    for (let i = 0; i < message.ctMark.length; ++i)
                        if (!$util.isInteger(message.ctMark[i]))
                            return "ctMark: integer[] expected";
                }
                if (message.endAfterLastHopNs != null && Object.hasOwnProperty.call(message, "endAfterLastHopNs"))
                    if (!$util.isInteger(message.endAfterLastHopNs) && !(message.endAfterLastHopNs && $util.isInteger(message.endAfterLastHopNs.low) && $util.isInteger(message.endAfterLastHopNs.high)))
                        return "endAfterLastHopNs: integer|Long expected";
                if (message.firstMonoAfterOffsetNs != null && Object.hasOwnProperty.call(message, "firstMonoAfterOffsetNs"))
                    if (!$util.isInteger(message.firstMonoAfterOffsetNs) && !(message.firstMonoAfterOffsetNs && $util.isInteger(message.firstMonoAfterOffsetNs.low) && $util.isInteger(message.firstMonoAfterOffsetNs.high)))
                        return "firstMonoAfterOffsetNs: integer|Long expected";
                if (message.shape != null && Object.hasOwnProperty.call(message, "shape"))
                    if (!$util.isInteger(message.shape))
                        return "shape: integer expected";
                if (message.lastMonoAfterHopsNs != null && Object.hasOwnProperty.call(message, "lastMonoAfterHopsNs"))
                    if (!$util.isInteger(message.lastMonoAfterHopsNs) && !(message.lastMonoAfterHopsNs && $util.isInteger(message.lastMonoAfterHopsNs.low) && $util.isInteger(message.lastMonoAfterHopsNs.high)))
                        return "lastMonoAfterHopsNs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Segment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Segment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Segment} Segment
             */
            Segment.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Segment)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Segment: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Segment();
                if (object.node != null)
                    message.node = object.node >>> 0;
                if (object.startUnixNs != null)
                    if ($util.Long)
                        message.startUnixNs = $util.Long.fromValue(object.startUnixNs, true);
                    else if (typeof object.startUnixNs === "string")
                        message.startUnixNs = parseInt(object.startUnixNs, 10);
                    else if (typeof object.startUnixNs === "number")
                        message.startUnixNs = object.startUnixNs;
                    else if (typeof object.startUnixNs === "object")
                        message.startUnixNs = new $util.LongBits(object.startUnixNs.low >>> 0, object.startUnixNs.high >>> 0).toNumber(true);
                if (object.hops) {
                    if (!Array.isArray(object.hops))
                        throw TypeError(".packetlife.v1.Segment.hops: array expected");
                    message.hops = [];
                    for (let i = 0; i < object.hops.length; ++i) {
                        if (!$util.isObject(object.hops[i]))
                            throw TypeError(".packetlife.v1.Segment.hops: object expected");
                        message.hops[i] = $root.packetlife.v1.SegmentHop.fromObject(object.hops[i], long + 1);
                    }
                }
                if (object.start != null)
                    message.start = object.start >>> 0;
                if (object.end != null)
                    message.end = object.end >>> 0;
                if (object.direction != null)
                    message.direction = object.direction >>> 0;
                if (object.firstMonoNs != null)
                    if ($util.Long)
                        message.firstMonoNs = $util.Long.fromValue(object.firstMonoNs, true);
                    else if (typeof object.firstMonoNs === "string")
                        message.firstMonoNs = parseInt(object.firstMonoNs, 10);
                    else if (typeof object.firstMonoNs === "number")
                        message.firstMonoNs = object.firstMonoNs;
                    else if (typeof object.firstMonoNs === "object")
                        message.firstMonoNs = new $util.LongBits(object.firstMonoNs.low >>> 0, object.firstMonoNs.high >>> 0).toNumber(true);
                if (object.lastMonoDeltaNs != null)
                    if ($util.Long)
                        message.lastMonoDeltaNs = $util.Long.fromValue(object.lastMonoDeltaNs, false);
                    else if (typeof object.lastMonoDeltaNs === "string")
                        message.lastMonoDeltaNs = parseInt(object.lastMonoDeltaNs, 10);
                    else if (typeof object.lastMonoDeltaNs === "number")
                        message.lastMonoDeltaNs = object.lastMonoDeltaNs;
                    else if (typeof object.lastMonoDeltaNs === "object")
                        message.lastMonoDeltaNs = new $util.LongBits(object.lastMonoDeltaNs.low >>> 0, object.lastMonoDeltaNs.high >>> 0).toNumber();
                if (object.cts) {
                    if (!Array.isArray(object.cts))
                        throw TypeError(".packetlife.v1.Segment.cts: array expected");
                    message.cts = [];
                    for (let i = 0; i < object.cts.length; ++i) {
                        if (!$util.isObject(object.cts[i]))
                            throw TypeError(".packetlife.v1.Segment.cts: object expected");
                        message.cts[i] = $root.packetlife.v1.Conntrack.fromObject(object.cts[i], long + 1);
                    }
                }
                if (object.ctOrder) {
                    if (!Array.isArray(object.ctOrder))
                        throw TypeError(".packetlife.v1.Segment.ctOrder: array expected");
                    message.ctOrder = [];
                    for (let i = 0; i < object.ctOrder.length; ++i)
                        message.ctOrder[i] = object.ctOrder[i] >>> 0;
                }
                if (object.nats) {
                    if (!Array.isArray(object.nats))
                        throw TypeError(".packetlife.v1.Segment.nats: array expected");
                    message.nats = [];
                    for (let i = 0; i < object.nats.length; ++i) {
                        if (!$util.isObject(object.nats[i]))
                            throw TypeError(".packetlife.v1.Segment.nats: object expected");
                        message.nats[i] = $root.packetlife.v1.SegmentNat.fromObject(object.nats[i], long + 1);
                    }
                }
                if (object.routes) {
                    if (!Array.isArray(object.routes))
                        throw TypeError(".packetlife.v1.Segment.routes: array expected");
                    message.routes = [];
                    for (let i = 0; i < object.routes.length; ++i) {
                        if (!$util.isObject(object.routes[i]))
                            throw TypeError(".packetlife.v1.Segment.routes: object expected");
                        message.routes[i] = $root.packetlife.v1.SegmentRoute.fromObject(object.routes[i], long + 1);
                    }
                }
                if (object.drops) {
                    if (!Array.isArray(object.drops))
                        throw TypeError(".packetlife.v1.Segment.drops: array expected");
                    message.drops = [];
                    for (let i = 0; i < object.drops.length; ++i) {
                        if (!$util.isObject(object.drops[i]))
                            throw TypeError(".packetlife.v1.Segment.drops: object expected");
                        message.drops[i] = $root.packetlife.v1.SegmentDrop.fromObject(object.drops[i], long + 1);
                    }
                }
                if (object.startReasons) {
                    if (!Array.isArray(object.startReasons))
                        throw TypeError(".packetlife.v1.Segment.startReasons: array expected");
                    message.startReasons = [];
                    for (let i = 0; i < object.startReasons.length; ++i) {
                        if (!$util.isObject(object.startReasons[i]))
                            throw TypeError(".packetlife.v1.Segment.startReasons: object expected");
                        message.startReasons[i] = $root.packetlife.v1.SegmentReason.fromObject(object.startReasons[i], long + 1);
                    }
                }
                if (object.innerReasons) {
                    if (!Array.isArray(object.innerReasons))
                        throw TypeError(".packetlife.v1.Segment.innerReasons: array expected");
                    message.innerReasons = [];
                    for (let i = 0; i < object.innerReasons.length; ++i) {
                        if (!$util.isObject(object.innerReasons[i]))
                            throw TypeError(".packetlife.v1.Segment.innerReasons: object expected");
                        message.innerReasons[i] = $root.packetlife.v1.SegmentReason.fromObject(object.innerReasons[i], long + 1);
                    }
                }
                if (object.endReasons) {
                    if (!Array.isArray(object.endReasons))
                        throw TypeError(".packetlife.v1.Segment.endReasons: array expected");
                    message.endReasons = [];
                    for (let i = 0; i < object.endReasons.length; ++i) {
                        if (!$util.isObject(object.endReasons[i]))
                            throw TypeError(".packetlife.v1.Segment.endReasons: object expected");
                        message.endReasons[i] = $root.packetlife.v1.SegmentReason.fromObject(object.endReasons[i], long + 1);
                    }
                }
                if (object.endDeltaNs != null)
                    if ($util.Long)
                        message.endDeltaNs = $util.Long.fromValue(object.endDeltaNs, false);
                    else if (typeof object.endDeltaNs === "string")
                        message.endDeltaNs = parseInt(object.endDeltaNs, 10);
                    else if (typeof object.endDeltaNs === "number")
                        message.endDeltaNs = object.endDeltaNs;
                    else if (typeof object.endDeltaNs === "object")
                        message.endDeltaNs = new $util.LongBits(object.endDeltaNs.low >>> 0, object.endDeltaNs.high >>> 0).toNumber();
                if (object.batchCts) {
                    if (!Array.isArray(object.batchCts))
                        throw TypeError(".packetlife.v1.Segment.batchCts: array expected");
                    message.batchCts = [];
                    for (let i = 0; i < object.batchCts.length; ++i)
                        message.batchCts[i] = object.batchCts[i] >>> 0;
                }
                if (object.ctStatus) {
                    if (!Array.isArray(object.ctStatus))
                        throw TypeError(".packetlife.v1.Segment.ctStatus: array expected");
                    message.ctStatus = [];
                    for (let i = 0; i < object.ctStatus.length; ++i)
                        message.ctStatus[i] = object.ctStatus[i] >>> 0;
                }
                if (object.ctInfo) {
                    if (!Array.isArray(object.ctInfo))
                        throw TypeError(".packetlife.v1.Segment.ctInfo: array expected");
                    message.ctInfo = [];
                    for (let i = 0; i < object.ctInfo.length; ++i)
                        message.ctInfo[i] = object.ctInfo[i] >>> 0;
                }
                if (object.ctMark) {
                    if (!Array.isArray(object.ctMark))
                        throw TypeError(".packetlife.v1.Segment.ctMark: array expected");
                    message.ctMark = [];
                    for (let i = 0; i < object.ctMark.length; ++i)
                        message.ctMark[i] = object.ctMark[i] >>> 0;
                }
                if (object.endAfterLastHopNs != null)
                    if ($util.Long)
                        message.endAfterLastHopNs = $util.Long.fromValue(object.endAfterLastHopNs, false);
                    else if (typeof object.endAfterLastHopNs === "string")
                        message.endAfterLastHopNs = parseInt(object.endAfterLastHopNs, 10);
                    else if (typeof object.endAfterLastHopNs === "number")
                        message.endAfterLastHopNs = object.endAfterLastHopNs;
                    else if (typeof object.endAfterLastHopNs === "object")
                        message.endAfterLastHopNs = new $util.LongBits(object.endAfterLastHopNs.low >>> 0, object.endAfterLastHopNs.high >>> 0).toNumber();
                if (object.firstMonoAfterOffsetNs != null)
                    if ($util.Long)
                        message.firstMonoAfterOffsetNs = $util.Long.fromValue(object.firstMonoAfterOffsetNs, false);
                    else if (typeof object.firstMonoAfterOffsetNs === "string")
                        message.firstMonoAfterOffsetNs = parseInt(object.firstMonoAfterOffsetNs, 10);
                    else if (typeof object.firstMonoAfterOffsetNs === "number")
                        message.firstMonoAfterOffsetNs = object.firstMonoAfterOffsetNs;
                    else if (typeof object.firstMonoAfterOffsetNs === "object")
                        message.firstMonoAfterOffsetNs = new $util.LongBits(object.firstMonoAfterOffsetNs.low >>> 0, object.firstMonoAfterOffsetNs.high >>> 0).toNumber();
                if (object.shape != null)
                    message.shape = object.shape >>> 0;
                if (object.lastMonoAfterHopsNs != null)
                    if ($util.Long)
                        message.lastMonoAfterHopsNs = $util.Long.fromValue(object.lastMonoAfterHopsNs, false);
                    else if (typeof object.lastMonoAfterHopsNs === "string")
                        message.lastMonoAfterHopsNs = parseInt(object.lastMonoAfterHopsNs, 10);
                    else if (typeof object.lastMonoAfterHopsNs === "number")
                        message.lastMonoAfterHopsNs = object.lastMonoAfterHopsNs;
                    else if (typeof object.lastMonoAfterHopsNs === "object")
                        message.lastMonoAfterHopsNs = new $util.LongBits(object.lastMonoAfterHopsNs.low >>> 0, object.lastMonoAfterHopsNs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Segment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Segment
             * @static
             * @param {packetlife.v1.Segment} message Segment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Segment.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.hops = [];
                    object.cts = [];
                    object.ctOrder = [];
                    object.nats = [];
                    object.routes = [];
                    object.drops = [];
                    object.startReasons = [];
                    object.innerReasons = [];
                    object.endReasons = [];
                    object.batchCts = [];
                    object.ctStatus = [];
                    object.ctInfo = [];
                    object.ctMark = [];
                }
                if (options.defaults) {
                    object.node = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startUnixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.startUnixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.start = 0;
                    object.end = 0;
                    object.direction = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstMonoNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.firstMonoNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastMonoDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.lastMonoDeltaNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.endDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.endDeltaNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.endAfterLastHopNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.endAfterLastHopNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.firstMonoAfterOffsetNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.firstMonoAfterOffsetNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.shape = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastMonoAfterHopsNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.lastMonoAfterHopsNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.startUnixNs != null && Object.hasOwnProperty.call(message, "startUnixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.startUnixNs = typeof message.startUnixNs === "number" ? BigInt(message.startUnixNs) : $util.Long.fromBits(message.startUnixNs.low >>> 0, message.startUnixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startUnixNs === "number")
                        object.startUnixNs = options.longs === String ? String(message.startUnixNs) : message.startUnixNs;
                    else
                        object.startUnixNs = options.longs === String ? $util.Long.prototype.toString.call(message.startUnixNs) : options.longs === Number ? new $util.LongBits(message.startUnixNs.low >>> 0, message.startUnixNs.high >>> 0).toNumber(true) : message.startUnixNs;
                if (message.hops && message.hops.length) {
                    object.hops = [];
                    for (let j = 0; j < message.hops.length; ++j)
                        object.hops[j] = $root.packetlife.v1.SegmentHop.toObject(message.hops[j], options, q + 1);
                }
                if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                    object.start = message.start;
                if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                    object.end = message.end;
                if (message.direction != null && Object.hasOwnProperty.call(message, "direction"))
                    object.direction = message.direction;
                if (message.firstMonoNs != null && Object.hasOwnProperty.call(message, "firstMonoNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.firstMonoNs = typeof message.firstMonoNs === "number" ? BigInt(message.firstMonoNs) : $util.Long.fromBits(message.firstMonoNs.low >>> 0, message.firstMonoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.firstMonoNs === "number")
                        object.firstMonoNs = options.longs === String ? String(message.firstMonoNs) : message.firstMonoNs;
                    else
                        object.firstMonoNs = options.longs === String ? $util.Long.prototype.toString.call(message.firstMonoNs) : options.longs === Number ? new $util.LongBits(message.firstMonoNs.low >>> 0, message.firstMonoNs.high >>> 0).toNumber(true) : message.firstMonoNs;
                if (message.lastMonoDeltaNs != null && Object.hasOwnProperty.call(message, "lastMonoDeltaNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.lastMonoDeltaNs = typeof message.lastMonoDeltaNs === "number" ? BigInt(message.lastMonoDeltaNs) : $util.Long.fromBits(message.lastMonoDeltaNs.low >>> 0, message.lastMonoDeltaNs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastMonoDeltaNs === "number")
                        object.lastMonoDeltaNs = options.longs === String ? String(message.lastMonoDeltaNs) : message.lastMonoDeltaNs;
                    else
                        object.lastMonoDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.lastMonoDeltaNs) : options.longs === Number ? new $util.LongBits(message.lastMonoDeltaNs.low >>> 0, message.lastMonoDeltaNs.high >>> 0).toNumber() : message.lastMonoDeltaNs;
                if (message.cts && message.cts.length) {
                    object.cts = [];
                    for (let j = 0; j < message.cts.length; ++j)
                        object.cts[j] = $root.packetlife.v1.Conntrack.toObject(message.cts[j], options, q + 1);
                }
                if (message.ctOrder && message.ctOrder.length) {
                    object.ctOrder = [];
                    for (let j = 0; j < message.ctOrder.length; ++j)
                        object.ctOrder[j] = message.ctOrder[j];
                }
                if (message.nats && message.nats.length) {
                    object.nats = [];
                    for (let j = 0; j < message.nats.length; ++j)
                        object.nats[j] = $root.packetlife.v1.SegmentNat.toObject(message.nats[j], options, q + 1);
                }
                if (message.routes && message.routes.length) {
                    object.routes = [];
                    for (let j = 0; j < message.routes.length; ++j)
                        object.routes[j] = $root.packetlife.v1.SegmentRoute.toObject(message.routes[j], options, q + 1);
                }
                if (message.drops && message.drops.length) {
                    object.drops = [];
                    for (let j = 0; j < message.drops.length; ++j)
                        object.drops[j] = $root.packetlife.v1.SegmentDrop.toObject(message.drops[j], options, q + 1);
                }
                if (message.startReasons && message.startReasons.length) {
                    object.startReasons = [];
                    for (let j = 0; j < message.startReasons.length; ++j)
                        object.startReasons[j] = $root.packetlife.v1.SegmentReason.toObject(message.startReasons[j], options, q + 1);
                }
                if (message.innerReasons && message.innerReasons.length) {
                    object.innerReasons = [];
                    for (let j = 0; j < message.innerReasons.length; ++j)
                        object.innerReasons[j] = $root.packetlife.v1.SegmentReason.toObject(message.innerReasons[j], options, q + 1);
                }
                if (message.endReasons && message.endReasons.length) {
                    object.endReasons = [];
                    for (let j = 0; j < message.endReasons.length; ++j)
                        object.endReasons[j] = $root.packetlife.v1.SegmentReason.toObject(message.endReasons[j], options, q + 1);
                }
                if (message.endDeltaNs != null && Object.hasOwnProperty.call(message, "endDeltaNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.endDeltaNs = typeof message.endDeltaNs === "number" ? BigInt(message.endDeltaNs) : $util.Long.fromBits(message.endDeltaNs.low >>> 0, message.endDeltaNs.high >>> 0, false).toBigInt();
                    else if (typeof message.endDeltaNs === "number")
                        object.endDeltaNs = options.longs === String ? String(message.endDeltaNs) : message.endDeltaNs;
                    else
                        object.endDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.endDeltaNs) : options.longs === Number ? new $util.LongBits(message.endDeltaNs.low >>> 0, message.endDeltaNs.high >>> 0).toNumber() : message.endDeltaNs;
                if (message.batchCts && message.batchCts.length) {
                    object.batchCts = [];
                    for (let j = 0; j < message.batchCts.length; ++j)
                        object.batchCts[j] = message.batchCts[j];
                }
                if (message.ctStatus && message.ctStatus.length) {
                    object.ctStatus = [];
                    for (let j = 0; j < message.ctStatus.length; ++j)
                        object.ctStatus[j] = message.ctStatus[j];
                }
                if (message.ctInfo && message.ctInfo.length) {
                    object.ctInfo = [];
                    for (let j = 0; j < message.ctInfo.length; ++j)
                        object.ctInfo[j] = message.ctInfo[j];
                }
                if (message.ctMark && message.ctMark.length) {
                    object.ctMark = [];
                    for (let j = 0; j < message.ctMark.length; ++j)
                        object.ctMark[j] = message.ctMark[j];
                }
                if (message.endAfterLastHopNs != null && Object.hasOwnProperty.call(message, "endAfterLastHopNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.endAfterLastHopNs = typeof message.endAfterLastHopNs === "number" ? BigInt(message.endAfterLastHopNs) : $util.Long.fromBits(message.endAfterLastHopNs.low >>> 0, message.endAfterLastHopNs.high >>> 0, false).toBigInt();
                    else if (typeof message.endAfterLastHopNs === "number")
                        object.endAfterLastHopNs = options.longs === String ? String(message.endAfterLastHopNs) : message.endAfterLastHopNs;
                    else
                        object.endAfterLastHopNs = options.longs === String ? $util.Long.prototype.toString.call(message.endAfterLastHopNs) : options.longs === Number ? new $util.LongBits(message.endAfterLastHopNs.low >>> 0, message.endAfterLastHopNs.high >>> 0).toNumber() : message.endAfterLastHopNs;
                if (message.firstMonoAfterOffsetNs != null && Object.hasOwnProperty.call(message, "firstMonoAfterOffsetNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.firstMonoAfterOffsetNs = typeof message.firstMonoAfterOffsetNs === "number" ? BigInt(message.firstMonoAfterOffsetNs) : $util.Long.fromBits(message.firstMonoAfterOffsetNs.low >>> 0, message.firstMonoAfterOffsetNs.high >>> 0, false).toBigInt();
                    else if (typeof message.firstMonoAfterOffsetNs === "number")
                        object.firstMonoAfterOffsetNs = options.longs === String ? String(message.firstMonoAfterOffsetNs) : message.firstMonoAfterOffsetNs;
                    else
                        object.firstMonoAfterOffsetNs = options.longs === String ? $util.Long.prototype.toString.call(message.firstMonoAfterOffsetNs) : options.longs === Number ? new $util.LongBits(message.firstMonoAfterOffsetNs.low >>> 0, message.firstMonoAfterOffsetNs.high >>> 0).toNumber() : message.firstMonoAfterOffsetNs;
                if (message.shape != null && Object.hasOwnProperty.call(message, "shape"))
                    object.shape = message.shape;
                if (message.lastMonoAfterHopsNs != null && Object.hasOwnProperty.call(message, "lastMonoAfterHopsNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.lastMonoAfterHopsNs = typeof message.lastMonoAfterHopsNs === "number" ? BigInt(message.lastMonoAfterHopsNs) : $util.Long.fromBits(message.lastMonoAfterHopsNs.low >>> 0, message.lastMonoAfterHopsNs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastMonoAfterHopsNs === "number")
                        object.lastMonoAfterHopsNs = options.longs === String ? String(message.lastMonoAfterHopsNs) : message.lastMonoAfterHopsNs;
                    else
                        object.lastMonoAfterHopsNs = options.longs === String ? $util.Long.prototype.toString.call(message.lastMonoAfterHopsNs) : options.longs === Number ? new $util.LongBits(message.lastMonoAfterHopsNs.low >>> 0, message.lastMonoAfterHopsNs.high >>> 0).toNumber() : message.lastMonoAfterHopsNs;
                return object;
            };

            /**
             * Converts this Segment to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Segment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Segment.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Segment
             * @function getTypeUrl
             * @memberof packetlife.v1.Segment
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Segment.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Segment";
            };

            return Segment;
        })();

        v1.SegmentCounters = (function() {

            /**
             * Properties of a SegmentCounters.
             * @memberof packetlife.v1
             * @interface ISegmentCounters
             * @property {number|Long|null} [events] SegmentCounters events
             * @property {number|Long|null} [duplicates] SegmentCounters duplicates
             * @property {number|Long|null} [lateDropped] SegmentCounters lateDropped
             * @property {number|Long|null} [unusable] SegmentCounters unusable
             * @property {number|Long|null} [freedAfterDelivery] SegmentCounters freedAfterDelivery
             * @property {number|Long|null} [routeEvents] SegmentCounters routeEvents
             * @property {number|Long|null} [routesEvicted] SegmentCounters routesEvicted
             * @property {number|Long|null} [chainsOpen] SegmentCounters chainsOpen
             * @property {number|Long|null} [chainsClosed] SegmentCounters chainsClosed
             * @property {number|Long|null} [chainsEvicted] SegmentCounters chainsEvicted
             * @property {number|Long|null} [segments] SegmentCounters segments
             */

            /**
             * Constructs a new SegmentCounters.
             * @memberof packetlife.v1
             * @classdesc Represents a SegmentCounters.
             * @implements ISegmentCounters
             * @constructor
             * @param {packetlife.v1.ISegmentCounters=} [properties] Properties to set
             */
            function SegmentCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SegmentCounters events.
             * @member {number|Long} events
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.events = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters duplicates.
             * @member {number|Long} duplicates
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.duplicates = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters lateDropped.
             * @member {number|Long} lateDropped
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.lateDropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters unusable.
             * @member {number|Long} unusable
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.unusable = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters freedAfterDelivery.
             * @member {number|Long} freedAfterDelivery
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.freedAfterDelivery = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters routeEvents.
             * @member {number|Long} routeEvents
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.routeEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters routesEvicted.
             * @member {number|Long} routesEvicted
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.routesEvicted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters chainsOpen.
             * @member {number|Long} chainsOpen
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.chainsOpen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters chainsClosed.
             * @member {number|Long} chainsClosed
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.chainsClosed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters chainsEvicted.
             * @member {number|Long} chainsEvicted
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.chainsEvicted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentCounters segments.
             * @member {number|Long} segments
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             */
            SegmentCounters.prototype.segments = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SegmentCounters instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {packetlife.v1.ISegmentCounters=} [properties] Properties to set
             * @returns {packetlife.v1.SegmentCounters} SegmentCounters instance
             */
            SegmentCounters.create = function create(properties) {
                return new SegmentCounters(properties);
            };

            /**
             * Encodes the specified SegmentCounters message. Does not implicitly {@link packetlife.v1.SegmentCounters.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {packetlife.v1.ISegmentCounters} message SegmentCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.events);
                if (message.duplicates != null && Object.hasOwnProperty.call(message, "duplicates"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.duplicates);
                if (message.lateDropped != null && Object.hasOwnProperty.call(message, "lateDropped"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lateDropped);
                if (message.unusable != null && Object.hasOwnProperty.call(message, "unusable"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.unusable);
                if (message.freedAfterDelivery != null && Object.hasOwnProperty.call(message, "freedAfterDelivery"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.freedAfterDelivery);
                if (message.routeEvents != null && Object.hasOwnProperty.call(message, "routeEvents"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.routeEvents);
                if (message.routesEvicted != null && Object.hasOwnProperty.call(message, "routesEvicted"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.routesEvicted);
                if (message.chainsOpen != null && Object.hasOwnProperty.call(message, "chainsOpen"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.chainsOpen);
                if (message.chainsClosed != null && Object.hasOwnProperty.call(message, "chainsClosed"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.chainsClosed);
                if (message.chainsEvicted != null && Object.hasOwnProperty.call(message, "chainsEvicted"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.chainsEvicted);
                if (message.segments != null && Object.hasOwnProperty.call(message, "segments"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.segments);
                return writer;
            };

            /**
             * Encodes the specified SegmentCounters message, length delimited. Does not implicitly {@link packetlife.v1.SegmentCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {packetlife.v1.ISegmentCounters} message SegmentCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SegmentCounters message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SegmentCounters} SegmentCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SegmentCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.events = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.duplicates = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.lateDropped = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.unusable = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.freedAfterDelivery = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.routeEvents = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.routesEvicted = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.chainsOpen = reader.uint64();
                            break;
                        }
                    case 9: {
                            message.chainsClosed = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.chainsEvicted = reader.uint64();
                            break;
                        }
                    case 11: {
                            message.segments = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SegmentCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SegmentCounters} SegmentCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SegmentCounters message.
             * @function verify
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentCounters.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    if (!$util.isInteger(message.events) && !(message.events && $util.isInteger(message.events.low) && $util.isInteger(message.events.high)))
                        return "events: integer|Long expected";
                if (message.duplicates != null && Object.hasOwnProperty.call(message, "duplicates"))
                    if (!$util.isInteger(message.duplicates) && !(message.duplicates && $util.isInteger(message.duplicates.low) && $util.isInteger(message.duplicates.high)))
                        return "duplicates: integer|Long expected";
                if (message.lateDropped != null && Object.hasOwnProperty.call(message, "lateDropped"))
                    if (!$util.isInteger(message.lateDropped) && !(message.lateDropped && $util.isInteger(message.lateDropped.low) && $util.isInteger(message.lateDropped.high)))
                        return "lateDropped: integer|Long expected";
                if (message.unusable != null && Object.hasOwnProperty.call(message, "unusable"))
                    if (!$util.isInteger(message.unusable) && !(message.unusable && $util.isInteger(message.unusable.low) && $util.isInteger(message.unusable.high)))
                        return "unusable: integer|Long expected";
                if (message.freedAfterDelivery != null && Object.hasOwnProperty.call(message, "freedAfterDelivery"))
                    if (!$util.isInteger(message.freedAfterDelivery) && !(message.freedAfterDelivery && $util.isInteger(message.freedAfterDelivery.low) && $util.isInteger(message.freedAfterDelivery.high)))
                        return "freedAfterDelivery: integer|Long expected";
                if (message.routeEvents != null && Object.hasOwnProperty.call(message, "routeEvents"))
                    if (!$util.isInteger(message.routeEvents) && !(message.routeEvents && $util.isInteger(message.routeEvents.low) && $util.isInteger(message.routeEvents.high)))
                        return "routeEvents: integer|Long expected";
                if (message.routesEvicted != null && Object.hasOwnProperty.call(message, "routesEvicted"))
                    if (!$util.isInteger(message.routesEvicted) && !(message.routesEvicted && $util.isInteger(message.routesEvicted.low) && $util.isInteger(message.routesEvicted.high)))
                        return "routesEvicted: integer|Long expected";
                if (message.chainsOpen != null && Object.hasOwnProperty.call(message, "chainsOpen"))
                    if (!$util.isInteger(message.chainsOpen) && !(message.chainsOpen && $util.isInteger(message.chainsOpen.low) && $util.isInteger(message.chainsOpen.high)))
                        return "chainsOpen: integer|Long expected";
                if (message.chainsClosed != null && Object.hasOwnProperty.call(message, "chainsClosed"))
                    if (!$util.isInteger(message.chainsClosed) && !(message.chainsClosed && $util.isInteger(message.chainsClosed.low) && $util.isInteger(message.chainsClosed.high)))
                        return "chainsClosed: integer|Long expected";
                if (message.chainsEvicted != null && Object.hasOwnProperty.call(message, "chainsEvicted"))
                    if (!$util.isInteger(message.chainsEvicted) && !(message.chainsEvicted && $util.isInteger(message.chainsEvicted.low) && $util.isInteger(message.chainsEvicted.high)))
                        return "chainsEvicted: integer|Long expected";
                if (message.segments != null && Object.hasOwnProperty.call(message, "segments"))
                    if (!$util.isInteger(message.segments) && !(message.segments && $util.isInteger(message.segments.low) && $util.isInteger(message.segments.high)))
                        return "segments: integer|Long expected";
                return null;
            };

            /**
             * Creates a SegmentCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SegmentCounters} SegmentCounters
             */
            SegmentCounters.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SegmentCounters)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SegmentCounters: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SegmentCounters();
                if (object.events != null)
                    if ($util.Long)
                        message.events = $util.Long.fromValue(object.events, true);
                    else if (typeof object.events === "string")
                        message.events = parseInt(object.events, 10);
                    else if (typeof object.events === "number")
                        message.events = object.events;
                    else if (typeof object.events === "object")
                        message.events = new $util.LongBits(object.events.low >>> 0, object.events.high >>> 0).toNumber(true);
                if (object.duplicates != null)
                    if ($util.Long)
                        message.duplicates = $util.Long.fromValue(object.duplicates, true);
                    else if (typeof object.duplicates === "string")
                        message.duplicates = parseInt(object.duplicates, 10);
                    else if (typeof object.duplicates === "number")
                        message.duplicates = object.duplicates;
                    else if (typeof object.duplicates === "object")
                        message.duplicates = new $util.LongBits(object.duplicates.low >>> 0, object.duplicates.high >>> 0).toNumber(true);
                if (object.lateDropped != null)
                    if ($util.Long)
                        message.lateDropped = $util.Long.fromValue(object.lateDropped, true);
                    else if (typeof object.lateDropped === "string")
                        message.lateDropped = parseInt(object.lateDropped, 10);
                    else if (typeof object.lateDropped === "number")
                        message.lateDropped = object.lateDropped;
                    else if (typeof object.lateDropped === "object")
                        message.lateDropped = new $util.LongBits(object.lateDropped.low >>> 0, object.lateDropped.high >>> 0).toNumber(true);
                if (object.unusable != null)
                    if ($util.Long)
                        message.unusable = $util.Long.fromValue(object.unusable, true);
                    else if (typeof object.unusable === "string")
                        message.unusable = parseInt(object.unusable, 10);
                    else if (typeof object.unusable === "number")
                        message.unusable = object.unusable;
                    else if (typeof object.unusable === "object")
                        message.unusable = new $util.LongBits(object.unusable.low >>> 0, object.unusable.high >>> 0).toNumber(true);
                if (object.freedAfterDelivery != null)
                    if ($util.Long)
                        message.freedAfterDelivery = $util.Long.fromValue(object.freedAfterDelivery, true);
                    else if (typeof object.freedAfterDelivery === "string")
                        message.freedAfterDelivery = parseInt(object.freedAfterDelivery, 10);
                    else if (typeof object.freedAfterDelivery === "number")
                        message.freedAfterDelivery = object.freedAfterDelivery;
                    else if (typeof object.freedAfterDelivery === "object")
                        message.freedAfterDelivery = new $util.LongBits(object.freedAfterDelivery.low >>> 0, object.freedAfterDelivery.high >>> 0).toNumber(true);
                if (object.routeEvents != null)
                    if ($util.Long)
                        message.routeEvents = $util.Long.fromValue(object.routeEvents, true);
                    else if (typeof object.routeEvents === "string")
                        message.routeEvents = parseInt(object.routeEvents, 10);
                    else if (typeof object.routeEvents === "number")
                        message.routeEvents = object.routeEvents;
                    else if (typeof object.routeEvents === "object")
                        message.routeEvents = new $util.LongBits(object.routeEvents.low >>> 0, object.routeEvents.high >>> 0).toNumber(true);
                if (object.routesEvicted != null)
                    if ($util.Long)
                        message.routesEvicted = $util.Long.fromValue(object.routesEvicted, true);
                    else if (typeof object.routesEvicted === "string")
                        message.routesEvicted = parseInt(object.routesEvicted, 10);
                    else if (typeof object.routesEvicted === "number")
                        message.routesEvicted = object.routesEvicted;
                    else if (typeof object.routesEvicted === "object")
                        message.routesEvicted = new $util.LongBits(object.routesEvicted.low >>> 0, object.routesEvicted.high >>> 0).toNumber(true);
                if (object.chainsOpen != null)
                    if ($util.Long)
                        message.chainsOpen = $util.Long.fromValue(object.chainsOpen, true);
                    else if (typeof object.chainsOpen === "string")
                        message.chainsOpen = parseInt(object.chainsOpen, 10);
                    else if (typeof object.chainsOpen === "number")
                        message.chainsOpen = object.chainsOpen;
                    else if (typeof object.chainsOpen === "object")
                        message.chainsOpen = new $util.LongBits(object.chainsOpen.low >>> 0, object.chainsOpen.high >>> 0).toNumber(true);
                if (object.chainsClosed != null)
                    if ($util.Long)
                        message.chainsClosed = $util.Long.fromValue(object.chainsClosed, true);
                    else if (typeof object.chainsClosed === "string")
                        message.chainsClosed = parseInt(object.chainsClosed, 10);
                    else if (typeof object.chainsClosed === "number")
                        message.chainsClosed = object.chainsClosed;
                    else if (typeof object.chainsClosed === "object")
                        message.chainsClosed = new $util.LongBits(object.chainsClosed.low >>> 0, object.chainsClosed.high >>> 0).toNumber(true);
                if (object.chainsEvicted != null)
                    if ($util.Long)
                        message.chainsEvicted = $util.Long.fromValue(object.chainsEvicted, true);
                    else if (typeof object.chainsEvicted === "string")
                        message.chainsEvicted = parseInt(object.chainsEvicted, 10);
                    else if (typeof object.chainsEvicted === "number")
                        message.chainsEvicted = object.chainsEvicted;
                    else if (typeof object.chainsEvicted === "object")
                        message.chainsEvicted = new $util.LongBits(object.chainsEvicted.low >>> 0, object.chainsEvicted.high >>> 0).toNumber(true);
                if (object.segments != null)
                    if ($util.Long)
                        message.segments = $util.Long.fromValue(object.segments, true);
                    else if (typeof object.segments === "string")
                        message.segments = parseInt(object.segments, 10);
                    else if (typeof object.segments === "number")
                        message.segments = object.segments;
                    else if (typeof object.segments === "object")
                        message.segments = new $util.LongBits(object.segments.low >>> 0, object.segments.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SegmentCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {packetlife.v1.SegmentCounters} message SegmentCounters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentCounters.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.events = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.events = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.duplicates = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.duplicates = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lateDropped = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.lateDropped = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unusable = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.unusable = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.freedAfterDelivery = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.freedAfterDelivery = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.routeEvents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.routeEvents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.routesEvicted = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.routesEvicted = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chainsOpen = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chainsOpen = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chainsClosed = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chainsClosed = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chainsEvicted = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chainsEvicted = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.segments = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.segments = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.events = typeof message.events === "number" ? BigInt(message.events) : $util.Long.fromBits(message.events.low >>> 0, message.events.high >>> 0, true).toBigInt();
                    else if (typeof message.events === "number")
                        object.events = options.longs === String ? String(message.events) : message.events;
                    else
                        object.events = options.longs === String ? $util.Long.prototype.toString.call(message.events) : options.longs === Number ? new $util.LongBits(message.events.low >>> 0, message.events.high >>> 0).toNumber(true) : message.events;
                if (message.duplicates != null && Object.hasOwnProperty.call(message, "duplicates"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.duplicates = typeof message.duplicates === "number" ? BigInt(message.duplicates) : $util.Long.fromBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0, true).toBigInt();
                    else if (typeof message.duplicates === "number")
                        object.duplicates = options.longs === String ? String(message.duplicates) : message.duplicates;
                    else
                        object.duplicates = options.longs === String ? $util.Long.prototype.toString.call(message.duplicates) : options.longs === Number ? new $util.LongBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0).toNumber(true) : message.duplicates;
                if (message.lateDropped != null && Object.hasOwnProperty.call(message, "lateDropped"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.lateDropped = typeof message.lateDropped === "number" ? BigInt(message.lateDropped) : $util.Long.fromBits(message.lateDropped.low >>> 0, message.lateDropped.high >>> 0, true).toBigInt();
                    else if (typeof message.lateDropped === "number")
                        object.lateDropped = options.longs === String ? String(message.lateDropped) : message.lateDropped;
                    else
                        object.lateDropped = options.longs === String ? $util.Long.prototype.toString.call(message.lateDropped) : options.longs === Number ? new $util.LongBits(message.lateDropped.low >>> 0, message.lateDropped.high >>> 0).toNumber(true) : message.lateDropped;
                if (message.unusable != null && Object.hasOwnProperty.call(message, "unusable"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.unusable = typeof message.unusable === "number" ? BigInt(message.unusable) : $util.Long.fromBits(message.unusable.low >>> 0, message.unusable.high >>> 0, true).toBigInt();
                    else if (typeof message.unusable === "number")
                        object.unusable = options.longs === String ? String(message.unusable) : message.unusable;
                    else
                        object.unusable = options.longs === String ? $util.Long.prototype.toString.call(message.unusable) : options.longs === Number ? new $util.LongBits(message.unusable.low >>> 0, message.unusable.high >>> 0).toNumber(true) : message.unusable;
                if (message.freedAfterDelivery != null && Object.hasOwnProperty.call(message, "freedAfterDelivery"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.freedAfterDelivery = typeof message.freedAfterDelivery === "number" ? BigInt(message.freedAfterDelivery) : $util.Long.fromBits(message.freedAfterDelivery.low >>> 0, message.freedAfterDelivery.high >>> 0, true).toBigInt();
                    else if (typeof message.freedAfterDelivery === "number")
                        object.freedAfterDelivery = options.longs === String ? String(message.freedAfterDelivery) : message.freedAfterDelivery;
                    else
                        object.freedAfterDelivery = options.longs === String ? $util.Long.prototype.toString.call(message.freedAfterDelivery) : options.longs === Number ? new $util.LongBits(message.freedAfterDelivery.low >>> 0, message.freedAfterDelivery.high >>> 0).toNumber(true) : message.freedAfterDelivery;
                if (message.routeEvents != null && Object.hasOwnProperty.call(message, "routeEvents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.routeEvents = typeof message.routeEvents === "number" ? BigInt(message.routeEvents) : $util.Long.fromBits(message.routeEvents.low >>> 0, message.routeEvents.high >>> 0, true).toBigInt();
                    else if (typeof message.routeEvents === "number")
                        object.routeEvents = options.longs === String ? String(message.routeEvents) : message.routeEvents;
                    else
                        object.routeEvents = options.longs === String ? $util.Long.prototype.toString.call(message.routeEvents) : options.longs === Number ? new $util.LongBits(message.routeEvents.low >>> 0, message.routeEvents.high >>> 0).toNumber(true) : message.routeEvents;
                if (message.routesEvicted != null && Object.hasOwnProperty.call(message, "routesEvicted"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.routesEvicted = typeof message.routesEvicted === "number" ? BigInt(message.routesEvicted) : $util.Long.fromBits(message.routesEvicted.low >>> 0, message.routesEvicted.high >>> 0, true).toBigInt();
                    else if (typeof message.routesEvicted === "number")
                        object.routesEvicted = options.longs === String ? String(message.routesEvicted) : message.routesEvicted;
                    else
                        object.routesEvicted = options.longs === String ? $util.Long.prototype.toString.call(message.routesEvicted) : options.longs === Number ? new $util.LongBits(message.routesEvicted.low >>> 0, message.routesEvicted.high >>> 0).toNumber(true) : message.routesEvicted;
                if (message.chainsOpen != null && Object.hasOwnProperty.call(message, "chainsOpen"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chainsOpen = typeof message.chainsOpen === "number" ? BigInt(message.chainsOpen) : $util.Long.fromBits(message.chainsOpen.low >>> 0, message.chainsOpen.high >>> 0, true).toBigInt();
                    else if (typeof message.chainsOpen === "number")
                        object.chainsOpen = options.longs === String ? String(message.chainsOpen) : message.chainsOpen;
                    else
                        object.chainsOpen = options.longs === String ? $util.Long.prototype.toString.call(message.chainsOpen) : options.longs === Number ? new $util.LongBits(message.chainsOpen.low >>> 0, message.chainsOpen.high >>> 0).toNumber(true) : message.chainsOpen;
                if (message.chainsClosed != null && Object.hasOwnProperty.call(message, "chainsClosed"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chainsClosed = typeof message.chainsClosed === "number" ? BigInt(message.chainsClosed) : $util.Long.fromBits(message.chainsClosed.low >>> 0, message.chainsClosed.high >>> 0, true).toBigInt();
                    else if (typeof message.chainsClosed === "number")
                        object.chainsClosed = options.longs === String ? String(message.chainsClosed) : message.chainsClosed;
                    else
                        object.chainsClosed = options.longs === String ? $util.Long.prototype.toString.call(message.chainsClosed) : options.longs === Number ? new $util.LongBits(message.chainsClosed.low >>> 0, message.chainsClosed.high >>> 0).toNumber(true) : message.chainsClosed;
                if (message.chainsEvicted != null && Object.hasOwnProperty.call(message, "chainsEvicted"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chainsEvicted = typeof message.chainsEvicted === "number" ? BigInt(message.chainsEvicted) : $util.Long.fromBits(message.chainsEvicted.low >>> 0, message.chainsEvicted.high >>> 0, true).toBigInt();
                    else if (typeof message.chainsEvicted === "number")
                        object.chainsEvicted = options.longs === String ? String(message.chainsEvicted) : message.chainsEvicted;
                    else
                        object.chainsEvicted = options.longs === String ? $util.Long.prototype.toString.call(message.chainsEvicted) : options.longs === Number ? new $util.LongBits(message.chainsEvicted.low >>> 0, message.chainsEvicted.high >>> 0).toNumber(true) : message.chainsEvicted;
                if (message.segments != null && Object.hasOwnProperty.call(message, "segments"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.segments = typeof message.segments === "number" ? BigInt(message.segments) : $util.Long.fromBits(message.segments.low >>> 0, message.segments.high >>> 0, true).toBigInt();
                    else if (typeof message.segments === "number")
                        object.segments = options.longs === String ? String(message.segments) : message.segments;
                    else
                        object.segments = options.longs === String ? $util.Long.prototype.toString.call(message.segments) : options.longs === Number ? new $util.LongBits(message.segments.low >>> 0, message.segments.high >>> 0).toNumber(true) : message.segments;
                return object;
            };

            /**
             * Converts this SegmentCounters to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SegmentCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentCounters.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SegmentCounters
             * @function getTypeUrl
             * @memberof packetlife.v1.SegmentCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SegmentCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SegmentCounters";
            };

            return SegmentCounters;
        })();

        v1.LossWindow = (function() {

            /**
             * Properties of a LossWindow.
             * @memberof packetlife.v1
             * @interface ILossWindow
             * @property {number|Long|null} [fromUnixNs] LossWindow fromUnixNs
             * @property {number|Long|null} [toUnixNs] LossWindow toUnixNs
             * @property {number|Long|null} [events] LossWindow events
             * @property {string|null} [cause] LossWindow cause
             */

            /**
             * Constructs a new LossWindow.
             * @memberof packetlife.v1
             * @classdesc Represents a LossWindow.
             * @implements ILossWindow
             * @constructor
             * @param {packetlife.v1.ILossWindow=} [properties] Properties to set
             */
            function LossWindow(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LossWindow fromUnixNs.
             * @member {number|Long} fromUnixNs
             * @memberof packetlife.v1.LossWindow
             * @instance
             */
            LossWindow.prototype.fromUnixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossWindow toUnixNs.
             * @member {number|Long} toUnixNs
             * @memberof packetlife.v1.LossWindow
             * @instance
             */
            LossWindow.prototype.toUnixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossWindow events.
             * @member {number|Long} events
             * @memberof packetlife.v1.LossWindow
             * @instance
             */
            LossWindow.prototype.events = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossWindow cause.
             * @member {string} cause
             * @memberof packetlife.v1.LossWindow
             * @instance
             */
            LossWindow.prototype.cause = "";

            /**
             * Creates a new LossWindow instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {packetlife.v1.ILossWindow=} [properties] Properties to set
             * @returns {packetlife.v1.LossWindow} LossWindow instance
             */
            LossWindow.create = function create(properties) {
                return new LossWindow(properties);
            };

            /**
             * Encodes the specified LossWindow message. Does not implicitly {@link packetlife.v1.LossWindow.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {packetlife.v1.ILossWindow} message LossWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LossWindow.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fromUnixNs != null && Object.hasOwnProperty.call(message, "fromUnixNs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromUnixNs);
                if (message.toUnixNs != null && Object.hasOwnProperty.call(message, "toUnixNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.toUnixNs);
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.events);
                if (message.cause != null && Object.hasOwnProperty.call(message, "cause"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.cause);
                return writer;
            };

            /**
             * Encodes the specified LossWindow message, length delimited. Does not implicitly {@link packetlife.v1.LossWindow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {packetlife.v1.ILossWindow} message LossWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LossWindow.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LossWindow message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.LossWindow} LossWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LossWindow.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.LossWindow();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.fromUnixNs = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.toUnixNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.events = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.cause = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LossWindow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.LossWindow} LossWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LossWindow.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LossWindow message.
             * @function verify
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LossWindow.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.fromUnixNs != null && Object.hasOwnProperty.call(message, "fromUnixNs"))
                    if (!$util.isInteger(message.fromUnixNs) && !(message.fromUnixNs && $util.isInteger(message.fromUnixNs.low) && $util.isInteger(message.fromUnixNs.high)))
                        return "fromUnixNs: integer|Long expected";
                if (message.toUnixNs != null && Object.hasOwnProperty.call(message, "toUnixNs"))
                    if (!$util.isInteger(message.toUnixNs) && !(message.toUnixNs && $util.isInteger(message.toUnixNs.low) && $util.isInteger(message.toUnixNs.high)))
                        return "toUnixNs: integer|Long expected";
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    if (!$util.isInteger(message.events) && !(message.events && $util.isInteger(message.events.low) && $util.isInteger(message.events.high)))
                        return "events: integer|Long expected";
                if (message.cause != null && Object.hasOwnProperty.call(message, "cause"))
                    if (!$util.isString(message.cause))
                        return "cause: string expected";
                return null;
            };

            /**
             * Creates a LossWindow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.LossWindow} LossWindow
             */
            LossWindow.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.LossWindow)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.LossWindow: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.LossWindow();
                if (object.fromUnixNs != null)
                    if ($util.Long)
                        message.fromUnixNs = $util.Long.fromValue(object.fromUnixNs, true);
                    else if (typeof object.fromUnixNs === "string")
                        message.fromUnixNs = parseInt(object.fromUnixNs, 10);
                    else if (typeof object.fromUnixNs === "number")
                        message.fromUnixNs = object.fromUnixNs;
                    else if (typeof object.fromUnixNs === "object")
                        message.fromUnixNs = new $util.LongBits(object.fromUnixNs.low >>> 0, object.fromUnixNs.high >>> 0).toNumber(true);
                if (object.toUnixNs != null)
                    if ($util.Long)
                        message.toUnixNs = $util.Long.fromValue(object.toUnixNs, true);
                    else if (typeof object.toUnixNs === "string")
                        message.toUnixNs = parseInt(object.toUnixNs, 10);
                    else if (typeof object.toUnixNs === "number")
                        message.toUnixNs = object.toUnixNs;
                    else if (typeof object.toUnixNs === "object")
                        message.toUnixNs = new $util.LongBits(object.toUnixNs.low >>> 0, object.toUnixNs.high >>> 0).toNumber(true);
                if (object.events != null)
                    if ($util.Long)
                        message.events = $util.Long.fromValue(object.events, true);
                    else if (typeof object.events === "string")
                        message.events = parseInt(object.events, 10);
                    else if (typeof object.events === "number")
                        message.events = object.events;
                    else if (typeof object.events === "object")
                        message.events = new $util.LongBits(object.events.low >>> 0, object.events.high >>> 0).toNumber(true);
                if (object.cause != null)
                    message.cause = String(object.cause);
                return message;
            };

            /**
             * Creates a plain object from a LossWindow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {packetlife.v1.LossWindow} message LossWindow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LossWindow.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromUnixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.fromUnixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.toUnixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.toUnixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.events = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.events = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.cause = "";
                }
                if (message.fromUnixNs != null && Object.hasOwnProperty.call(message, "fromUnixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.fromUnixNs = typeof message.fromUnixNs === "number" ? BigInt(message.fromUnixNs) : $util.Long.fromBits(message.fromUnixNs.low >>> 0, message.fromUnixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.fromUnixNs === "number")
                        object.fromUnixNs = options.longs === String ? String(message.fromUnixNs) : message.fromUnixNs;
                    else
                        object.fromUnixNs = options.longs === String ? $util.Long.prototype.toString.call(message.fromUnixNs) : options.longs === Number ? new $util.LongBits(message.fromUnixNs.low >>> 0, message.fromUnixNs.high >>> 0).toNumber(true) : message.fromUnixNs;
                if (message.toUnixNs != null && Object.hasOwnProperty.call(message, "toUnixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.toUnixNs = typeof message.toUnixNs === "number" ? BigInt(message.toUnixNs) : $util.Long.fromBits(message.toUnixNs.low >>> 0, message.toUnixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.toUnixNs === "number")
                        object.toUnixNs = options.longs === String ? String(message.toUnixNs) : message.toUnixNs;
                    else
                        object.toUnixNs = options.longs === String ? $util.Long.prototype.toString.call(message.toUnixNs) : options.longs === Number ? new $util.LongBits(message.toUnixNs.low >>> 0, message.toUnixNs.high >>> 0).toNumber(true) : message.toUnixNs;
                if (message.events != null && Object.hasOwnProperty.call(message, "events"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.events = typeof message.events === "number" ? BigInt(message.events) : $util.Long.fromBits(message.events.low >>> 0, message.events.high >>> 0, true).toBigInt();
                    else if (typeof message.events === "number")
                        object.events = options.longs === String ? String(message.events) : message.events;
                    else
                        object.events = options.longs === String ? $util.Long.prototype.toString.call(message.events) : options.longs === Number ? new $util.LongBits(message.events.low >>> 0, message.events.high >>> 0).toNumber(true) : message.events;
                if (message.cause != null && Object.hasOwnProperty.call(message, "cause"))
                    object.cause = message.cause;
                return object;
            };

            /**
             * Converts this LossWindow to JSON.
             * @function toJSON
             * @memberof packetlife.v1.LossWindow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LossWindow.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LossWindow
             * @function getTypeUrl
             * @memberof packetlife.v1.LossWindow
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LossWindow.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.LossWindow";
            };

            return LossWindow;
        })();

        v1.LossCounters = (function() {

            /**
             * Properties of a LossCounters.
             * @memberof packetlife.v1
             * @interface ILossCounters
             * @property {number|Long|null} [bpfLost] LossCounters bpfLost
             * @property {number|Long|null} [queueDroppedEvents] LossCounters queueDroppedEvents
             * @property {number|Long|null} [queueDroppedBatches] LossCounters queueDroppedBatches
             * @property {number|Long|null} [parseErrors] LossCounters parseErrors
             * @property {number|Long|null} [bpftraceRestarts] LossCounters bpftraceRestarts
             * @property {number|Long|null} [encodeErrors] LossCounters encodeErrors
             */

            /**
             * Constructs a new LossCounters.
             * @memberof packetlife.v1
             * @classdesc Represents a LossCounters.
             * @implements ILossCounters
             * @constructor
             * @param {packetlife.v1.ILossCounters=} [properties] Properties to set
             */
            function LossCounters(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LossCounters bpfLost.
             * @member {number|Long} bpfLost
             * @memberof packetlife.v1.LossCounters
             * @instance
             */
            LossCounters.prototype.bpfLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossCounters queueDroppedEvents.
             * @member {number|Long} queueDroppedEvents
             * @memberof packetlife.v1.LossCounters
             * @instance
             */
            LossCounters.prototype.queueDroppedEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossCounters queueDroppedBatches.
             * @member {number|Long} queueDroppedBatches
             * @memberof packetlife.v1.LossCounters
             * @instance
             */
            LossCounters.prototype.queueDroppedBatches = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossCounters parseErrors.
             * @member {number|Long} parseErrors
             * @memberof packetlife.v1.LossCounters
             * @instance
             */
            LossCounters.prototype.parseErrors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossCounters bpftraceRestarts.
             * @member {number|Long} bpftraceRestarts
             * @memberof packetlife.v1.LossCounters
             * @instance
             */
            LossCounters.prototype.bpftraceRestarts = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LossCounters encodeErrors.
             * @member {number|Long} encodeErrors
             * @memberof packetlife.v1.LossCounters
             * @instance
             */
            LossCounters.prototype.encodeErrors = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LossCounters instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {packetlife.v1.ILossCounters=} [properties] Properties to set
             * @returns {packetlife.v1.LossCounters} LossCounters instance
             */
            LossCounters.create = function create(properties) {
                return new LossCounters(properties);
            };

            /**
             * Encodes the specified LossCounters message. Does not implicitly {@link packetlife.v1.LossCounters.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {packetlife.v1.ILossCounters} message LossCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LossCounters.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.bpfLost != null && Object.hasOwnProperty.call(message, "bpfLost"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.bpfLost);
                if (message.queueDroppedEvents != null && Object.hasOwnProperty.call(message, "queueDroppedEvents"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.queueDroppedEvents);
                if (message.queueDroppedBatches != null && Object.hasOwnProperty.call(message, "queueDroppedBatches"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.queueDroppedBatches);
                if (message.parseErrors != null && Object.hasOwnProperty.call(message, "parseErrors"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.parseErrors);
                if (message.bpftraceRestarts != null && Object.hasOwnProperty.call(message, "bpftraceRestarts"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bpftraceRestarts);
                if (message.encodeErrors != null && Object.hasOwnProperty.call(message, "encodeErrors"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.encodeErrors);
                return writer;
            };

            /**
             * Encodes the specified LossCounters message, length delimited. Does not implicitly {@link packetlife.v1.LossCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {packetlife.v1.ILossCounters} message LossCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LossCounters.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LossCounters message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.LossCounters} LossCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LossCounters.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.LossCounters();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.bpfLost = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.queueDroppedEvents = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.queueDroppedBatches = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.parseErrors = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.bpftraceRestarts = reader.uint64();
                            break;
                        }
                    case 6: {
                            message.encodeErrors = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a LossCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.LossCounters} LossCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LossCounters.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LossCounters message.
             * @function verify
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LossCounters.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.bpfLost != null && Object.hasOwnProperty.call(message, "bpfLost"))
                    if (!$util.isInteger(message.bpfLost) && !(message.bpfLost && $util.isInteger(message.bpfLost.low) && $util.isInteger(message.bpfLost.high)))
                        return "bpfLost: integer|Long expected";
                if (message.queueDroppedEvents != null && Object.hasOwnProperty.call(message, "queueDroppedEvents"))
                    if (!$util.isInteger(message.queueDroppedEvents) && !(message.queueDroppedEvents && $util.isInteger(message.queueDroppedEvents.low) && $util.isInteger(message.queueDroppedEvents.high)))
                        return "queueDroppedEvents: integer|Long expected";
                if (message.queueDroppedBatches != null && Object.hasOwnProperty.call(message, "queueDroppedBatches"))
                    if (!$util.isInteger(message.queueDroppedBatches) && !(message.queueDroppedBatches && $util.isInteger(message.queueDroppedBatches.low) && $util.isInteger(message.queueDroppedBatches.high)))
                        return "queueDroppedBatches: integer|Long expected";
                if (message.parseErrors != null && Object.hasOwnProperty.call(message, "parseErrors"))
                    if (!$util.isInteger(message.parseErrors) && !(message.parseErrors && $util.isInteger(message.parseErrors.low) && $util.isInteger(message.parseErrors.high)))
                        return "parseErrors: integer|Long expected";
                if (message.bpftraceRestarts != null && Object.hasOwnProperty.call(message, "bpftraceRestarts"))
                    if (!$util.isInteger(message.bpftraceRestarts) && !(message.bpftraceRestarts && $util.isInteger(message.bpftraceRestarts.low) && $util.isInteger(message.bpftraceRestarts.high)))
                        return "bpftraceRestarts: integer|Long expected";
                if (message.encodeErrors != null && Object.hasOwnProperty.call(message, "encodeErrors"))
                    if (!$util.isInteger(message.encodeErrors) && !(message.encodeErrors && $util.isInteger(message.encodeErrors.low) && $util.isInteger(message.encodeErrors.high)))
                        return "encodeErrors: integer|Long expected";
                return null;
            };

            /**
             * Creates a LossCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.LossCounters} LossCounters
             */
            LossCounters.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.LossCounters)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.LossCounters: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.LossCounters();
                if (object.bpfLost != null)
                    if ($util.Long)
                        message.bpfLost = $util.Long.fromValue(object.bpfLost, true);
                    else if (typeof object.bpfLost === "string")
                        message.bpfLost = parseInt(object.bpfLost, 10);
                    else if (typeof object.bpfLost === "number")
                        message.bpfLost = object.bpfLost;
                    else if (typeof object.bpfLost === "object")
                        message.bpfLost = new $util.LongBits(object.bpfLost.low >>> 0, object.bpfLost.high >>> 0).toNumber(true);
                if (object.queueDroppedEvents != null)
                    if ($util.Long)
                        message.queueDroppedEvents = $util.Long.fromValue(object.queueDroppedEvents, true);
                    else if (typeof object.queueDroppedEvents === "string")
                        message.queueDroppedEvents = parseInt(object.queueDroppedEvents, 10);
                    else if (typeof object.queueDroppedEvents === "number")
                        message.queueDroppedEvents = object.queueDroppedEvents;
                    else if (typeof object.queueDroppedEvents === "object")
                        message.queueDroppedEvents = new $util.LongBits(object.queueDroppedEvents.low >>> 0, object.queueDroppedEvents.high >>> 0).toNumber(true);
                if (object.queueDroppedBatches != null)
                    if ($util.Long)
                        message.queueDroppedBatches = $util.Long.fromValue(object.queueDroppedBatches, true);
                    else if (typeof object.queueDroppedBatches === "string")
                        message.queueDroppedBatches = parseInt(object.queueDroppedBatches, 10);
                    else if (typeof object.queueDroppedBatches === "number")
                        message.queueDroppedBatches = object.queueDroppedBatches;
                    else if (typeof object.queueDroppedBatches === "object")
                        message.queueDroppedBatches = new $util.LongBits(object.queueDroppedBatches.low >>> 0, object.queueDroppedBatches.high >>> 0).toNumber(true);
                if (object.parseErrors != null)
                    if ($util.Long)
                        message.parseErrors = $util.Long.fromValue(object.parseErrors, true);
                    else if (typeof object.parseErrors === "string")
                        message.parseErrors = parseInt(object.parseErrors, 10);
                    else if (typeof object.parseErrors === "number")
                        message.parseErrors = object.parseErrors;
                    else if (typeof object.parseErrors === "object")
                        message.parseErrors = new $util.LongBits(object.parseErrors.low >>> 0, object.parseErrors.high >>> 0).toNumber(true);
                if (object.bpftraceRestarts != null)
                    if ($util.Long)
                        message.bpftraceRestarts = $util.Long.fromValue(object.bpftraceRestarts, true);
                    else if (typeof object.bpftraceRestarts === "string")
                        message.bpftraceRestarts = parseInt(object.bpftraceRestarts, 10);
                    else if (typeof object.bpftraceRestarts === "number")
                        message.bpftraceRestarts = object.bpftraceRestarts;
                    else if (typeof object.bpftraceRestarts === "object")
                        message.bpftraceRestarts = new $util.LongBits(object.bpftraceRestarts.low >>> 0, object.bpftraceRestarts.high >>> 0).toNumber(true);
                if (object.encodeErrors != null)
                    if ($util.Long)
                        message.encodeErrors = $util.Long.fromValue(object.encodeErrors, true);
                    else if (typeof object.encodeErrors === "string")
                        message.encodeErrors = parseInt(object.encodeErrors, 10);
                    else if (typeof object.encodeErrors === "number")
                        message.encodeErrors = object.encodeErrors;
                    else if (typeof object.encodeErrors === "object")
                        message.encodeErrors = new $util.LongBits(object.encodeErrors.low >>> 0, object.encodeErrors.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a LossCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {packetlife.v1.LossCounters} message LossCounters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LossCounters.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bpfLost = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.bpfLost = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queueDroppedEvents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.queueDroppedEvents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queueDroppedBatches = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.queueDroppedBatches = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.parseErrors = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.parseErrors = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bpftraceRestarts = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.bpftraceRestarts = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.encodeErrors = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.encodeErrors = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.bpfLost != null && Object.hasOwnProperty.call(message, "bpfLost"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.bpfLost = typeof message.bpfLost === "number" ? BigInt(message.bpfLost) : $util.Long.fromBits(message.bpfLost.low >>> 0, message.bpfLost.high >>> 0, true).toBigInt();
                    else if (typeof message.bpfLost === "number")
                        object.bpfLost = options.longs === String ? String(message.bpfLost) : message.bpfLost;
                    else
                        object.bpfLost = options.longs === String ? $util.Long.prototype.toString.call(message.bpfLost) : options.longs === Number ? new $util.LongBits(message.bpfLost.low >>> 0, message.bpfLost.high >>> 0).toNumber(true) : message.bpfLost;
                if (message.queueDroppedEvents != null && Object.hasOwnProperty.call(message, "queueDroppedEvents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.queueDroppedEvents = typeof message.queueDroppedEvents === "number" ? BigInt(message.queueDroppedEvents) : $util.Long.fromBits(message.queueDroppedEvents.low >>> 0, message.queueDroppedEvents.high >>> 0, true).toBigInt();
                    else if (typeof message.queueDroppedEvents === "number")
                        object.queueDroppedEvents = options.longs === String ? String(message.queueDroppedEvents) : message.queueDroppedEvents;
                    else
                        object.queueDroppedEvents = options.longs === String ? $util.Long.prototype.toString.call(message.queueDroppedEvents) : options.longs === Number ? new $util.LongBits(message.queueDroppedEvents.low >>> 0, message.queueDroppedEvents.high >>> 0).toNumber(true) : message.queueDroppedEvents;
                if (message.queueDroppedBatches != null && Object.hasOwnProperty.call(message, "queueDroppedBatches"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.queueDroppedBatches = typeof message.queueDroppedBatches === "number" ? BigInt(message.queueDroppedBatches) : $util.Long.fromBits(message.queueDroppedBatches.low >>> 0, message.queueDroppedBatches.high >>> 0, true).toBigInt();
                    else if (typeof message.queueDroppedBatches === "number")
                        object.queueDroppedBatches = options.longs === String ? String(message.queueDroppedBatches) : message.queueDroppedBatches;
                    else
                        object.queueDroppedBatches = options.longs === String ? $util.Long.prototype.toString.call(message.queueDroppedBatches) : options.longs === Number ? new $util.LongBits(message.queueDroppedBatches.low >>> 0, message.queueDroppedBatches.high >>> 0).toNumber(true) : message.queueDroppedBatches;
                if (message.parseErrors != null && Object.hasOwnProperty.call(message, "parseErrors"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.parseErrors = typeof message.parseErrors === "number" ? BigInt(message.parseErrors) : $util.Long.fromBits(message.parseErrors.low >>> 0, message.parseErrors.high >>> 0, true).toBigInt();
                    else if (typeof message.parseErrors === "number")
                        object.parseErrors = options.longs === String ? String(message.parseErrors) : message.parseErrors;
                    else
                        object.parseErrors = options.longs === String ? $util.Long.prototype.toString.call(message.parseErrors) : options.longs === Number ? new $util.LongBits(message.parseErrors.low >>> 0, message.parseErrors.high >>> 0).toNumber(true) : message.parseErrors;
                if (message.bpftraceRestarts != null && Object.hasOwnProperty.call(message, "bpftraceRestarts"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.bpftraceRestarts = typeof message.bpftraceRestarts === "number" ? BigInt(message.bpftraceRestarts) : $util.Long.fromBits(message.bpftraceRestarts.low >>> 0, message.bpftraceRestarts.high >>> 0, true).toBigInt();
                    else if (typeof message.bpftraceRestarts === "number")
                        object.bpftraceRestarts = options.longs === String ? String(message.bpftraceRestarts) : message.bpftraceRestarts;
                    else
                        object.bpftraceRestarts = options.longs === String ? $util.Long.prototype.toString.call(message.bpftraceRestarts) : options.longs === Number ? new $util.LongBits(message.bpftraceRestarts.low >>> 0, message.bpftraceRestarts.high >>> 0).toNumber(true) : message.bpftraceRestarts;
                if (message.encodeErrors != null && Object.hasOwnProperty.call(message, "encodeErrors"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.encodeErrors = typeof message.encodeErrors === "number" ? BigInt(message.encodeErrors) : $util.Long.fromBits(message.encodeErrors.low >>> 0, message.encodeErrors.high >>> 0, true).toBigInt();
                    else if (typeof message.encodeErrors === "number")
                        object.encodeErrors = options.longs === String ? String(message.encodeErrors) : message.encodeErrors;
                    else
                        object.encodeErrors = options.longs === String ? $util.Long.prototype.toString.call(message.encodeErrors) : options.longs === Number ? new $util.LongBits(message.encodeErrors.low >>> 0, message.encodeErrors.high >>> 0).toNumber(true) : message.encodeErrors;
                return object;
            };

            /**
             * Converts this LossCounters to JSON.
             * @function toJSON
             * @memberof packetlife.v1.LossCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LossCounters.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LossCounters
             * @function getTypeUrl
             * @memberof packetlife.v1.LossCounters
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LossCounters.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.LossCounters";
            };

            return LossCounters;
        })();

        v1.SessionAck = (function() {

            /**
             * Properties of a SessionAck.
             * @memberof packetlife.v1
             * @interface ISessionAck
             * @property {string|null} [sessionId] SessionAck sessionId
             * @property {boolean|null} [ok] SessionAck ok
             * @property {string|null} [error] SessionAck error
             * @property {boolean|null} [active] SessionAck active
             */

            /**
             * Constructs a new SessionAck.
             * @memberof packetlife.v1
             * @classdesc Represents a SessionAck.
             * @implements ISessionAck
             * @constructor
             * @param {packetlife.v1.ISessionAck=} [properties] Properties to set
             */
            function SessionAck(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SessionAck sessionId.
             * @member {string} sessionId
             * @memberof packetlife.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.sessionId = "";

            /**
             * SessionAck ok.
             * @member {boolean} ok
             * @memberof packetlife.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.ok = false;

            /**
             * SessionAck error.
             * @member {string} error
             * @memberof packetlife.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.error = "";

            /**
             * SessionAck active.
             * @member {boolean} active
             * @memberof packetlife.v1.SessionAck
             * @instance
             */
            SessionAck.prototype.active = false;

            /**
             * Creates a new SessionAck instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {packetlife.v1.ISessionAck=} [properties] Properties to set
             * @returns {packetlife.v1.SessionAck} SessionAck instance
             */
            SessionAck.create = function create(properties) {
                return new SessionAck(properties);
            };

            /**
             * Encodes the specified SessionAck message. Does not implicitly {@link packetlife.v1.SessionAck.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {packetlife.v1.ISessionAck} message SessionAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionAck.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.active != null && Object.hasOwnProperty.call(message, "active"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.active);
                return writer;
            };

            /**
             * Encodes the specified SessionAck message, length delimited. Does not implicitly {@link packetlife.v1.SessionAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {packetlife.v1.ISessionAck} message SessionAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionAck.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SessionAck message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.SessionAck} SessionAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionAck.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.SessionAck();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.sessionId = reader.string();
                            break;
                        }
                    case 2: {
                            message.ok = reader.bool();
                            break;
                        }
                    case 3: {
                            message.error = reader.string();
                            break;
                        }
                    case 4: {
                            message.active = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a SessionAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.SessionAck} SessionAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionAck.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SessionAck message.
             * @function verify
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionAck.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                if (message.active != null && Object.hasOwnProperty.call(message, "active"))
                    if (typeof message.active !== "boolean")
                        return "active: boolean expected";
                return null;
            };

            /**
             * Creates a SessionAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.SessionAck} SessionAck
             */
            SessionAck.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.SessionAck)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.SessionAck: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.SessionAck();
                if (object.sessionId != null)
                    message.sessionId = String(object.sessionId);
                if (object.ok != null)
                    message.ok = Boolean(object.ok);
                if (object.error != null)
                    message.error = String(object.error);
                if (object.active != null)
                    message.active = Boolean(object.active);
                return message;
            };

            /**
             * Creates a plain object from a SessionAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {packetlife.v1.SessionAck} message SessionAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionAck.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sessionId = "";
                    object.ok = false;
                    object.error = "";
                    object.active = false;
                }
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.ok != null && Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                if (message.active != null && Object.hasOwnProperty.call(message, "active"))
                    object.active = message.active;
                return object;
            };

            /**
             * Converts this SessionAck to JSON.
             * @function toJSON
             * @memberof packetlife.v1.SessionAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionAck.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SessionAck
             * @function getTypeUrl
             * @memberof packetlife.v1.SessionAck
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SessionAck.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.SessionAck";
            };

            return SessionAck;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @memberof packetlife.v1
             * @interface IHeartbeat
             * @property {number|Long|null} [unixNs] Heartbeat unixNs
             * @property {number|Long|null} [lastSeq] Heartbeat lastSeq
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof packetlife.v1
             * @classdesc Represents a Heartbeat.
             * @implements IHeartbeat
             * @constructor
             * @param {packetlife.v1.IHeartbeat=} [properties] Properties to set
             */
            function Heartbeat(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Heartbeat unixNs.
             * @member {number|Long} unixNs
             * @memberof packetlife.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.unixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat lastSeq.
             * @member {number|Long} lastSeq
             * @memberof packetlife.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {packetlife.v1.IHeartbeat=} [properties] Properties to set
             * @returns {packetlife.v1.Heartbeat} Heartbeat instance
             */
            Heartbeat.create = function create(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link packetlife.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {packetlife.v1.IHeartbeat} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.unixNs != null && Object.hasOwnProperty.call(message, "unixNs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.unixNs);
                if (message.lastSeq != null && Object.hasOwnProperty.call(message, "lastSeq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastSeq);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link packetlife.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {packetlife.v1.IHeartbeat} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Heartbeat} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Heartbeat();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.unixNs = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.lastSeq = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Heartbeat} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.unixNs != null && Object.hasOwnProperty.call(message, "unixNs"))
                    if (!$util.isInteger(message.unixNs) && !(message.unixNs && $util.isInteger(message.unixNs.low) && $util.isInteger(message.unixNs.high)))
                        return "unixNs: integer|Long expected";
                if (message.lastSeq != null && Object.hasOwnProperty.call(message, "lastSeq"))
                    if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Heartbeat: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Heartbeat();
                if (object.unixNs != null)
                    if ($util.Long)
                        message.unixNs = $util.Long.fromValue(object.unixNs, true);
                    else if (typeof object.unixNs === "string")
                        message.unixNs = parseInt(object.unixNs, 10);
                    else if (typeof object.unixNs === "number")
                        message.unixNs = object.unixNs;
                    else if (typeof object.unixNs === "object")
                        message.unixNs = new $util.LongBits(object.unixNs.low >>> 0, object.unixNs.high >>> 0).toNumber(true);
                if (object.lastSeq != null)
                    if ($util.Long)
                        message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                    else if (typeof object.lastSeq === "string")
                        message.lastSeq = parseInt(object.lastSeq, 10);
                    else if (typeof object.lastSeq === "number")
                        message.lastSeq = object.lastSeq;
                    else if (typeof object.lastSeq === "object")
                        message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {packetlife.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.unixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.unixNs != null && Object.hasOwnProperty.call(message, "unixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.unixNs = typeof message.unixNs === "number" ? BigInt(message.unixNs) : $util.Long.fromBits(message.unixNs.low >>> 0, message.unixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.unixNs === "number")
                        object.unixNs = options.longs === String ? String(message.unixNs) : message.unixNs;
                    else
                        object.unixNs = options.longs === String ? $util.Long.prototype.toString.call(message.unixNs) : options.longs === Number ? new $util.LongBits(message.unixNs.low >>> 0, message.unixNs.high >>> 0).toNumber(true) : message.unixNs;
                if (message.lastSeq != null && Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === String ? String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Heartbeat
             * @function getTypeUrl
             * @memberof packetlife.v1.Heartbeat
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Heartbeat.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.StartSession = (function() {

            /**
             * Properties of a StartSession.
             * @memberof packetlife.v1
             * @interface IStartSession
             * @property {string|null} [sessionId] StartSession sessionId
             * @property {packetlife.v1.IFilter|null} [filter] StartSession filter
             * @property {number|Long|null} [maxPackets] StartSession maxPackets
             * @property {number|Long|null} [maxDurationMs] StartSession maxDurationMs
             * @property {number|null} [sampleOneIn] StartSession sampleOneIn
             */

            /**
             * Constructs a new StartSession.
             * @memberof packetlife.v1
             * @classdesc Represents a StartSession.
             * @implements IStartSession
             * @constructor
             * @param {packetlife.v1.IStartSession=} [properties] Properties to set
             */
            function StartSession(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StartSession sessionId.
             * @member {string} sessionId
             * @memberof packetlife.v1.StartSession
             * @instance
             */
            StartSession.prototype.sessionId = "";

            /**
             * StartSession filter.
             * @member {packetlife.v1.IFilter|null|undefined} filter
             * @memberof packetlife.v1.StartSession
             * @instance
             */
            StartSession.prototype.filter = null;

            /**
             * StartSession maxPackets.
             * @member {number|Long} maxPackets
             * @memberof packetlife.v1.StartSession
             * @instance
             */
            StartSession.prototype.maxPackets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StartSession maxDurationMs.
             * @member {number|Long} maxDurationMs
             * @memberof packetlife.v1.StartSession
             * @instance
             */
            StartSession.prototype.maxDurationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StartSession sampleOneIn.
             * @member {number} sampleOneIn
             * @memberof packetlife.v1.StartSession
             * @instance
             */
            StartSession.prototype.sampleOneIn = 0;

            /**
             * Creates a new StartSession instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {packetlife.v1.IStartSession=} [properties] Properties to set
             * @returns {packetlife.v1.StartSession} StartSession instance
             */
            StartSession.create = function create(properties) {
                return new StartSession(properties);
            };

            /**
             * Encodes the specified StartSession message. Does not implicitly {@link packetlife.v1.StartSession.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {packetlife.v1.IStartSession} message StartSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartSession.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    $root.packetlife.v1.Filter.encode(message.filter, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.maxPackets != null && Object.hasOwnProperty.call(message, "maxPackets"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxPackets);
                if (message.maxDurationMs != null && Object.hasOwnProperty.call(message, "maxDurationMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.maxDurationMs);
                if (message.sampleOneIn != null && Object.hasOwnProperty.call(message, "sampleOneIn"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.sampleOneIn);
                return writer;
            };

            /**
             * Encodes the specified StartSession message, length delimited. Does not implicitly {@link packetlife.v1.StartSession.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {packetlife.v1.IStartSession} message StartSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartSession.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a StartSession message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.StartSession} StartSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartSession.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.StartSession();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.sessionId = reader.string();
                            break;
                        }
                    case 2: {
                            message.filter = $root.packetlife.v1.Filter.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.maxPackets = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.maxDurationMs = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.sampleOneIn = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a StartSession message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.StartSession} StartSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartSession.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a StartSession message.
             * @function verify
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartSession.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter")) {
                    let error = $root.packetlife.v1.Filter.verify(message.filter, long + 1);
                    if (error)
                        return "filter." + error;
                }
                if (message.maxPackets != null && Object.hasOwnProperty.call(message, "maxPackets"))
                    if (!$util.isInteger(message.maxPackets) && !(message.maxPackets && $util.isInteger(message.maxPackets.low) && $util.isInteger(message.maxPackets.high)))
                        return "maxPackets: integer|Long expected";
                if (message.maxDurationMs != null && Object.hasOwnProperty.call(message, "maxDurationMs"))
                    if (!$util.isInteger(message.maxDurationMs) && !(message.maxDurationMs && $util.isInteger(message.maxDurationMs.low) && $util.isInteger(message.maxDurationMs.high)))
                        return "maxDurationMs: integer|Long expected";
                if (message.sampleOneIn != null && Object.hasOwnProperty.call(message, "sampleOneIn"))
                    if (!$util.isInteger(message.sampleOneIn))
                        return "sampleOneIn: integer expected";
                return null;
            };

            /**
             * Creates a StartSession message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.StartSession} StartSession
             */
            StartSession.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.StartSession)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.StartSession: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.StartSession();
                if (object.sessionId != null)
                    message.sessionId = String(object.sessionId);
                if (object.filter != null) {
                    if (!$util.isObject(object.filter))
                        throw TypeError(".packetlife.v1.StartSession.filter: object expected");
                    message.filter = $root.packetlife.v1.Filter.fromObject(object.filter, long + 1);
                }
                if (object.maxPackets != null)
                    if ($util.Long)
                        message.maxPackets = $util.Long.fromValue(object.maxPackets, true);
                    else if (typeof object.maxPackets === "string")
                        message.maxPackets = parseInt(object.maxPackets, 10);
                    else if (typeof object.maxPackets === "number")
                        message.maxPackets = object.maxPackets;
                    else if (typeof object.maxPackets === "object")
                        message.maxPackets = new $util.LongBits(object.maxPackets.low >>> 0, object.maxPackets.high >>> 0).toNumber(true);
                if (object.maxDurationMs != null)
                    if ($util.Long)
                        message.maxDurationMs = $util.Long.fromValue(object.maxDurationMs, true);
                    else if (typeof object.maxDurationMs === "string")
                        message.maxDurationMs = parseInt(object.maxDurationMs, 10);
                    else if (typeof object.maxDurationMs === "number")
                        message.maxDurationMs = object.maxDurationMs;
                    else if (typeof object.maxDurationMs === "object")
                        message.maxDurationMs = new $util.LongBits(object.maxDurationMs.low >>> 0, object.maxDurationMs.high >>> 0).toNumber(true);
                if (object.sampleOneIn != null)
                    message.sampleOneIn = object.sampleOneIn >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StartSession message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {packetlife.v1.StartSession} message StartSession
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartSession.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sessionId = "";
                    object.filter = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxPackets = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.maxPackets = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxDurationMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.maxDurationMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.sampleOneIn = 0;
                }
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.filter != null && Object.hasOwnProperty.call(message, "filter"))
                    object.filter = $root.packetlife.v1.Filter.toObject(message.filter, options, q + 1);
                if (message.maxPackets != null && Object.hasOwnProperty.call(message, "maxPackets"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.maxPackets = typeof message.maxPackets === "number" ? BigInt(message.maxPackets) : $util.Long.fromBits(message.maxPackets.low >>> 0, message.maxPackets.high >>> 0, true).toBigInt();
                    else if (typeof message.maxPackets === "number")
                        object.maxPackets = options.longs === String ? String(message.maxPackets) : message.maxPackets;
                    else
                        object.maxPackets = options.longs === String ? $util.Long.prototype.toString.call(message.maxPackets) : options.longs === Number ? new $util.LongBits(message.maxPackets.low >>> 0, message.maxPackets.high >>> 0).toNumber(true) : message.maxPackets;
                if (message.maxDurationMs != null && Object.hasOwnProperty.call(message, "maxDurationMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.maxDurationMs = typeof message.maxDurationMs === "number" ? BigInt(message.maxDurationMs) : $util.Long.fromBits(message.maxDurationMs.low >>> 0, message.maxDurationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.maxDurationMs === "number")
                        object.maxDurationMs = options.longs === String ? String(message.maxDurationMs) : message.maxDurationMs;
                    else
                        object.maxDurationMs = options.longs === String ? $util.Long.prototype.toString.call(message.maxDurationMs) : options.longs === Number ? new $util.LongBits(message.maxDurationMs.low >>> 0, message.maxDurationMs.high >>> 0).toNumber(true) : message.maxDurationMs;
                if (message.sampleOneIn != null && Object.hasOwnProperty.call(message, "sampleOneIn"))
                    object.sampleOneIn = message.sampleOneIn;
                return object;
            };

            /**
             * Converts this StartSession to JSON.
             * @function toJSON
             * @memberof packetlife.v1.StartSession
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartSession.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for StartSession
             * @function getTypeUrl
             * @memberof packetlife.v1.StartSession
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StartSession.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.StartSession";
            };

            return StartSession;
        })();

        v1.StopSession = (function() {

            /**
             * Properties of a StopSession.
             * @memberof packetlife.v1
             * @interface IStopSession
             * @property {string|null} [sessionId] StopSession sessionId
             */

            /**
             * Constructs a new StopSession.
             * @memberof packetlife.v1
             * @classdesc Represents a StopSession.
             * @implements IStopSession
             * @constructor
             * @param {packetlife.v1.IStopSession=} [properties] Properties to set
             */
            function StopSession(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StopSession sessionId.
             * @member {string} sessionId
             * @memberof packetlife.v1.StopSession
             * @instance
             */
            StopSession.prototype.sessionId = "";

            /**
             * Creates a new StopSession instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {packetlife.v1.IStopSession=} [properties] Properties to set
             * @returns {packetlife.v1.StopSession} StopSession instance
             */
            StopSession.create = function create(properties) {
                return new StopSession(properties);
            };

            /**
             * Encodes the specified StopSession message. Does not implicitly {@link packetlife.v1.StopSession.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {packetlife.v1.IStopSession} message StopSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopSession.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                return writer;
            };

            /**
             * Encodes the specified StopSession message, length delimited. Does not implicitly {@link packetlife.v1.StopSession.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {packetlife.v1.IStopSession} message StopSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopSession.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a StopSession message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.StopSession} StopSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopSession.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.StopSession();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.sessionId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a StopSession message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.StopSession} StopSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopSession.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a StopSession message.
             * @function verify
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopSession.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                return null;
            };

            /**
             * Creates a StopSession message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.StopSession} StopSession
             */
            StopSession.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.StopSession)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.StopSession: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.StopSession();
                if (object.sessionId != null)
                    message.sessionId = String(object.sessionId);
                return message;
            };

            /**
             * Creates a plain object from a StopSession message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {packetlife.v1.StopSession} message StopSession
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopSession.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.sessionId = "";
                if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                return object;
            };

            /**
             * Converts this StopSession to JSON.
             * @function toJSON
             * @memberof packetlife.v1.StopSession
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopSession.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for StopSession
             * @function getTypeUrl
             * @memberof packetlife.v1.StopSession
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            StopSession.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.StopSession";
            };

            return StopSession;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @memberof packetlife.v1
             * @interface IAck
             * @property {number|Long|null} [seq] Ack seq
             */

            /**
             * Constructs a new Ack.
             * @memberof packetlife.v1
             * @classdesc Represents an Ack.
             * @implements IAck
             * @constructor
             * @param {packetlife.v1.IAck=} [properties] Properties to set
             */
            function Ack(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Ack seq.
             * @member {number|Long} seq
             * @memberof packetlife.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Ack
             * @static
             * @param {packetlife.v1.IAck=} [properties] Properties to set
             * @returns {packetlife.v1.Ack} Ack instance
             */
            Ack.create = function create(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link packetlife.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Ack
             * @static
             * @param {packetlife.v1.IAck} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                return writer;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link packetlife.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Ack
             * @static
             * @param {packetlife.v1.IAck} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Ack} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Ack();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Ack} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof packetlife.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Ack} Ack
             */
            Ack.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Ack: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Ack();
                if (object.seq != null)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Ack
             * @static
             * @param {packetlife.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seq = typeof message.seq === "number" ? BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === String ? String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Ack
             * @function getTypeUrl
             * @memberof packetlife.v1.Ack
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Ack.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Ack";
            };

            return Ack;
        })();

        v1.TopologyUpdate = (function() {

            /**
             * Properties of a TopologyUpdate.
             * @memberof packetlife.v1
             * @interface ITopologyUpdate
             * @property {number|Long|null} [version] TopologyUpdate version
             * @property {string|null} [json] TopologyUpdate json
             * @property {Uint8Array|null} [clusterGzip] TopologyUpdate clusterGzip
             * @property {string|null} [nodeJson] TopologyUpdate nodeJson
             */

            /**
             * Constructs a new TopologyUpdate.
             * @memberof packetlife.v1
             * @classdesc Represents a TopologyUpdate.
             * @implements ITopologyUpdate
             * @constructor
             * @param {packetlife.v1.ITopologyUpdate=} [properties] Properties to set
             */
            function TopologyUpdate(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TopologyUpdate version.
             * @member {number|Long} version
             * @memberof packetlife.v1.TopologyUpdate
             * @instance
             */
            TopologyUpdate.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TopologyUpdate json.
             * @member {string} json
             * @memberof packetlife.v1.TopologyUpdate
             * @instance
             */
            TopologyUpdate.prototype.json = "";

            /**
             * TopologyUpdate clusterGzip.
             * @member {Uint8Array} clusterGzip
             * @memberof packetlife.v1.TopologyUpdate
             * @instance
             */
            TopologyUpdate.prototype.clusterGzip = $util.newBuffer([]);

            /**
             * TopologyUpdate nodeJson.
             * @member {string} nodeJson
             * @memberof packetlife.v1.TopologyUpdate
             * @instance
             */
            TopologyUpdate.prototype.nodeJson = "";

            /**
             * Creates a new TopologyUpdate instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {packetlife.v1.ITopologyUpdate=} [properties] Properties to set
             * @returns {packetlife.v1.TopologyUpdate} TopologyUpdate instance
             */
            TopologyUpdate.create = function create(properties) {
                return new TopologyUpdate(properties);
            };

            /**
             * Encodes the specified TopologyUpdate message. Does not implicitly {@link packetlife.v1.TopologyUpdate.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {packetlife.v1.ITopologyUpdate} message TopologyUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopologyUpdate.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.json);
                if (message.clusterGzip != null && Object.hasOwnProperty.call(message, "clusterGzip"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.clusterGzip);
                if (message.nodeJson != null && Object.hasOwnProperty.call(message, "nodeJson"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.nodeJson);
                return writer;
            };

            /**
             * Encodes the specified TopologyUpdate message, length delimited. Does not implicitly {@link packetlife.v1.TopologyUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {packetlife.v1.ITopologyUpdate} message TopologyUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopologyUpdate.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TopologyUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.TopologyUpdate} TopologyUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopologyUpdate.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.TopologyUpdate();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.json = reader.string();
                            break;
                        }
                    case 3: {
                            message.clusterGzip = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.nodeJson = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a TopologyUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.TopologyUpdate} TopologyUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopologyUpdate.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TopologyUpdate message.
             * @function verify
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TopologyUpdate.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version) && !(message.version && $util.isInteger(message.version.low) && $util.isInteger(message.version.high)))
                        return "version: integer|Long expected";
                if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                    if (!$util.isString(message.json))
                        return "json: string expected";
                if (message.clusterGzip != null && Object.hasOwnProperty.call(message, "clusterGzip"))
                    if (!(message.clusterGzip && typeof message.clusterGzip.length === "number" || $util.isString(message.clusterGzip)))
                        return "clusterGzip: buffer expected";
                if (message.nodeJson != null && Object.hasOwnProperty.call(message, "nodeJson"))
                    if (!$util.isString(message.nodeJson))
                        return "nodeJson: string expected";
                return null;
            };

            /**
             * Creates a TopologyUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.TopologyUpdate} TopologyUpdate
             */
            TopologyUpdate.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.TopologyUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.TopologyUpdate: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.TopologyUpdate();
                if (object.version != null)
                    if ($util.Long)
                        message.version = $util.Long.fromValue(object.version, true);
                    else if (typeof object.version === "string")
                        message.version = parseInt(object.version, 10);
                    else if (typeof object.version === "number")
                        message.version = object.version;
                    else if (typeof object.version === "object")
                        message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.json != null)
                    message.json = String(object.json);
                if (object.clusterGzip != null)
                    if (typeof object.clusterGzip === "string")
                        $util.base64.decode(object.clusterGzip, message.clusterGzip = $util.newBuffer($util.base64.length(object.clusterGzip)), 0);
                    else if (object.clusterGzip.length >= 0)
                        message.clusterGzip = object.clusterGzip;
                if (object.nodeJson != null)
                    message.nodeJson = String(object.nodeJson);
                return message;
            };

            /**
             * Creates a plain object from a TopologyUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {packetlife.v1.TopologyUpdate} message TopologyUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TopologyUpdate.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.json = "";
                    if (options.bytes === String)
                        object.clusterGzip = "";
                    else {
                        object.clusterGzip = [];
                        if (options.bytes !== Array)
                            object.clusterGzip = $util.newBuffer(object.clusterGzip);
                    }
                    object.nodeJson = "";
                }
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.version = typeof message.version === "number" ? BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === String ? String(message.version) : message.version;
                    else
                        object.version = options.longs === String ? $util.Long.prototype.toString.call(message.version) : options.longs === Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                    object.json = message.json;
                if (message.clusterGzip != null && Object.hasOwnProperty.call(message, "clusterGzip"))
                    object.clusterGzip = options.bytes === String ? $util.base64.encode(message.clusterGzip, 0, message.clusterGzip.length) : options.bytes === Array ? Array.prototype.slice.call(message.clusterGzip) : message.clusterGzip;
                if (message.nodeJson != null && Object.hasOwnProperty.call(message, "nodeJson"))
                    object.nodeJson = message.nodeJson;
                return object;
            };

            /**
             * Converts this TopologyUpdate to JSON.
             * @function toJSON
             * @memberof packetlife.v1.TopologyUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TopologyUpdate.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TopologyUpdate
             * @function getTypeUrl
             * @memberof packetlife.v1.TopologyUpdate
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TopologyUpdate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.TopologyUpdate";
            };

            return TopologyUpdate;
        })();

        v1.Goodbye = (function() {

            /**
             * Properties of a Goodbye.
             * @memberof packetlife.v1
             * @interface IGoodbye
             * @property {string|null} [reason] Goodbye reason
             */

            /**
             * Constructs a new Goodbye.
             * @memberof packetlife.v1
             * @classdesc Represents a Goodbye.
             * @implements IGoodbye
             * @constructor
             * @param {packetlife.v1.IGoodbye=} [properties] Properties to set
             */
            function Goodbye(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Goodbye reason.
             * @member {string} reason
             * @memberof packetlife.v1.Goodbye
             * @instance
             */
            Goodbye.prototype.reason = "";

            /**
             * Creates a new Goodbye instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {packetlife.v1.IGoodbye=} [properties] Properties to set
             * @returns {packetlife.v1.Goodbye} Goodbye instance
             */
            Goodbye.create = function create(properties) {
                return new Goodbye(properties);
            };

            /**
             * Encodes the specified Goodbye message. Does not implicitly {@link packetlife.v1.Goodbye.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {packetlife.v1.IGoodbye} message Goodbye message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Goodbye.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                return writer;
            };

            /**
             * Encodes the specified Goodbye message, length delimited. Does not implicitly {@link packetlife.v1.Goodbye.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {packetlife.v1.IGoodbye} message Goodbye message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Goodbye.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Goodbye message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Goodbye} Goodbye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Goodbye.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Goodbye();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.reason = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Goodbye message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Goodbye} Goodbye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Goodbye.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Goodbye message.
             * @function verify
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Goodbye.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Goodbye message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Goodbye} Goodbye
             */
            Goodbye.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Goodbye)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Goodbye: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Goodbye();
                if (object.reason != null)
                    message.reason = String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Goodbye message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {packetlife.v1.Goodbye} message Goodbye
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Goodbye.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Goodbye to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Goodbye
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Goodbye.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Goodbye
             * @function getTypeUrl
             * @memberof packetlife.v1.Goodbye
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Goodbye.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Goodbye";
            };

            return Goodbye;
        })();

        v1.Filter = (function() {

            /**
             * Properties of a Filter.
             * @memberof packetlife.v1
             * @interface IFilter
             * @property {packetlife.v1.IFilterExpr|null} [expr] Filter expr
             * @property {Array.<number|Long>|null} [netnsInodes] Filter netnsInodes
             */

            /**
             * Constructs a new Filter.
             * @memberof packetlife.v1
             * @classdesc Represents a Filter.
             * @implements IFilter
             * @constructor
             * @param {packetlife.v1.IFilter=} [properties] Properties to set
             */
            function Filter(properties) {
                this.netnsInodes = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Filter expr.
             * @member {packetlife.v1.IFilterExpr|null|undefined} expr
             * @memberof packetlife.v1.Filter
             * @instance
             */
            Filter.prototype.expr = null;

            /**
             * Filter netnsInodes.
             * @member {Array.<number|Long>} netnsInodes
             * @memberof packetlife.v1.Filter
             * @instance
             */
            Filter.prototype.netnsInodes = $util.emptyArray;

            /**
             * Creates a new Filter instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Filter
             * @static
             * @param {packetlife.v1.IFilter=} [properties] Properties to set
             * @returns {packetlife.v1.Filter} Filter instance
             */
            Filter.create = function create(properties) {
                return new Filter(properties);
            };

            /**
             * Encodes the specified Filter message. Does not implicitly {@link packetlife.v1.Filter.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Filter
             * @static
             * @param {packetlife.v1.IFilter} message Filter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Filter.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.expr != null && Object.hasOwnProperty.call(message, "expr"))
                    $root.packetlife.v1.FilterExpr.encode(message.expr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.netnsInodes != null && message.netnsInodes.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.netnsInodes.length; ++i)
                        writer.uint64(message.netnsInodes[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified Filter message, length delimited. Does not implicitly {@link packetlife.v1.Filter.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Filter
             * @static
             * @param {packetlife.v1.IFilter} message Filter message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Filter.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Filter message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Filter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Filter} Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Filter.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Filter();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.expr = $root.packetlife.v1.FilterExpr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.netnsInodes && message.netnsInodes.length))
                                message.netnsInodes = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.netnsInodes.push(reader.uint64());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.netnsInodes.push(reader.uint64());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Filter message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Filter
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Filter} Filter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Filter.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Filter message.
             * @function verify
             * @memberof packetlife.v1.Filter
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Filter.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.expr != null && Object.hasOwnProperty.call(message, "expr")) {
                    let error = $root.packetlife.v1.FilterExpr.verify(message.expr, long + 1);
                    if (error)
                        return "expr." + error;
                }
                if (message.netnsInodes != null && Object.hasOwnProperty.call(message, "netnsInodes")) {
                    if (!Array.isArray(message.netnsInodes))
                        return "netnsInodes: array expected";
                    for (let i = 0; i < message.netnsInodes.length; ++i)
                        if (!$util.isInteger(message.netnsInodes[i]) && !(message.netnsInodes[i] && $util.isInteger(message.netnsInodes[i].low) && $util.isInteger(message.netnsInodes[i].high)))
                            return "netnsInodes: integer|Long[] expected";
                }
                return null;
            };

            /**
             * Creates a Filter message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Filter
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Filter} Filter
             */
            Filter.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Filter)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Filter: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Filter();
                if (object.expr != null) {
                    if (!$util.isObject(object.expr))
                        throw TypeError(".packetlife.v1.Filter.expr: object expected");
                    message.expr = $root.packetlife.v1.FilterExpr.fromObject(object.expr, long + 1);
                }
                if (object.netnsInodes) {
                    if (!Array.isArray(object.netnsInodes))
                        throw TypeError(".packetlife.v1.Filter.netnsInodes: array expected");
                    message.netnsInodes = [];
                    for (let i = 0; i < object.netnsInodes.length; ++i)
                        if ($util.Long)
                            message.netnsInodes[i] = $util.Long.fromValue(object.netnsInodes[i], true);
                        else if (typeof object.netnsInodes[i] === "string")
                            message.netnsInodes[i] = parseInt(object.netnsInodes[i], 10);
                        else if (typeof object.netnsInodes[i] === "number")
                            message.netnsInodes[i] = object.netnsInodes[i];
                        else if (typeof object.netnsInodes[i] === "object")
                            message.netnsInodes[i] = new $util.LongBits(object.netnsInodes[i].low >>> 0, object.netnsInodes[i].high >>> 0).toNumber(true);
                }
                return message;
            };

            /**
             * Creates a plain object from a Filter message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Filter
             * @static
             * @param {packetlife.v1.Filter} message Filter
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Filter.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.netnsInodes = [];
                if (options.defaults)
                    object.expr = null;
                if (message.expr != null && Object.hasOwnProperty.call(message, "expr"))
                    object.expr = $root.packetlife.v1.FilterExpr.toObject(message.expr, options, q + 1);
                if (message.netnsInodes && message.netnsInodes.length) {
                    object.netnsInodes = [];
                    for (let j = 0; j < message.netnsInodes.length; ++j)
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.netnsInodes[j] = typeof message.netnsInodes[j] === "number" ? BigInt(message.netnsInodes[j]) : $util.Long.fromBits(message.netnsInodes[j].low >>> 0, message.netnsInodes[j].high >>> 0, true).toBigInt();
                        else if (typeof message.netnsInodes[j] === "number")
                            object.netnsInodes[j] = options.longs === String ? String(message.netnsInodes[j]) : message.netnsInodes[j];
                        else
                            object.netnsInodes[j] = options.longs === String ? $util.Long.prototype.toString.call(message.netnsInodes[j]) : options.longs === Number ? new $util.LongBits(message.netnsInodes[j].low >>> 0, message.netnsInodes[j].high >>> 0).toNumber(true) : message.netnsInodes[j];
                }
                return object;
            };

            /**
             * Converts this Filter to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Filter
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Filter.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Filter
             * @function getTypeUrl
             * @memberof packetlife.v1.Filter
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Filter.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Filter";
            };

            return Filter;
        })();

        v1.FilterExpr = (function() {

            /**
             * Properties of a FilterExpr.
             * @memberof packetlife.v1
             * @interface IFilterExpr
             * @property {packetlife.v1.IFilterAnd|null} [and] FilterExpr and
             * @property {packetlife.v1.IFilterOr|null} [or] FilterExpr or
             * @property {packetlife.v1.IFilterExpr|null} [not] FilterExpr not
             * @property {packetlife.v1.IFilterHost|null} [host] FilterExpr host
             * @property {packetlife.v1.IFilterNet|null} [net] FilterExpr net
             * @property {packetlife.v1.IFilterPort|null} [port] FilterExpr port
             * @property {packetlife.v1.IFilterProto|null} [proto] FilterExpr proto
             */

            /**
             * Constructs a new FilterExpr.
             * @memberof packetlife.v1
             * @classdesc Represents a FilterExpr.
             * @implements IFilterExpr
             * @constructor
             * @param {packetlife.v1.IFilterExpr=} [properties] Properties to set
             */
            function FilterExpr(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilterExpr and.
             * @member {packetlife.v1.IFilterAnd|null|undefined} and
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            FilterExpr.prototype.and = null;

            /**
             * FilterExpr or.
             * @member {packetlife.v1.IFilterOr|null|undefined} or
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            FilterExpr.prototype.or = null;

            /**
             * FilterExpr not.
             * @member {packetlife.v1.IFilterExpr|null|undefined} not
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            FilterExpr.prototype.not = null;

            /**
             * FilterExpr host.
             * @member {packetlife.v1.IFilterHost|null|undefined} host
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            FilterExpr.prototype.host = null;

            /**
             * FilterExpr net.
             * @member {packetlife.v1.IFilterNet|null|undefined} net
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            FilterExpr.prototype.net = null;

            /**
             * FilterExpr port.
             * @member {packetlife.v1.IFilterPort|null|undefined} port
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            FilterExpr.prototype.port = null;

            /**
             * FilterExpr proto.
             * @member {packetlife.v1.IFilterProto|null|undefined} proto
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            FilterExpr.prototype.proto = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * FilterExpr node.
             * @member {"and"|"or"|"not"|"host"|"net"|"port"|"proto"|undefined} node
             * @memberof packetlife.v1.FilterExpr
             * @instance
             */
            Object.defineProperty(FilterExpr.prototype, "node", {
                get: $util.oneOfGetter($oneOfFields = ["and", "or", "not", "host", "net", "port", "proto"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new FilterExpr instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {packetlife.v1.IFilterExpr=} [properties] Properties to set
             * @returns {packetlife.v1.FilterExpr} FilterExpr instance
             */
            FilterExpr.create = function create(properties) {
                return new FilterExpr(properties);
            };

            /**
             * Encodes the specified FilterExpr message. Does not implicitly {@link packetlife.v1.FilterExpr.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {packetlife.v1.IFilterExpr} message FilterExpr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterExpr.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.and != null && Object.hasOwnProperty.call(message, "and"))
                    $root.packetlife.v1.FilterAnd.encode(message.and, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.or != null && Object.hasOwnProperty.call(message, "or"))
                    $root.packetlife.v1.FilterOr.encode(message.or, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.not != null && Object.hasOwnProperty.call(message, "not"))
                    $root.packetlife.v1.FilterExpr.encode(message.not, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    $root.packetlife.v1.FilterHost.encode(message.host, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.net != null && Object.hasOwnProperty.call(message, "net"))
                    $root.packetlife.v1.FilterNet.encode(message.net, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    $root.packetlife.v1.FilterPort.encode(message.port, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.proto != null && Object.hasOwnProperty.call(message, "proto"))
                    $root.packetlife.v1.FilterProto.encode(message.proto, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified FilterExpr message, length delimited. Does not implicitly {@link packetlife.v1.FilterExpr.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {packetlife.v1.IFilterExpr} message FilterExpr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterExpr.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FilterExpr message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.FilterExpr} FilterExpr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterExpr.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.FilterExpr();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.and = $root.packetlife.v1.FilterAnd.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.or = $root.packetlife.v1.FilterOr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.not = $root.packetlife.v1.FilterExpr.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.host = $root.packetlife.v1.FilterHost.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.net = $root.packetlife.v1.FilterNet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.port = $root.packetlife.v1.FilterPort.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.proto = $root.packetlife.v1.FilterProto.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FilterExpr message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.FilterExpr} FilterExpr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterExpr.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FilterExpr message.
             * @function verify
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterExpr.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                let properties = {};
                if (message.and != null && Object.hasOwnProperty.call(message, "and")) {
                    properties.node = 1;
                    {
                        let error = $root.packetlife.v1.FilterAnd.verify(message.and, long + 1);
                        if (error)
                            return "and." + error;
                    }
                }
                if (message.or != null && Object.hasOwnProperty.call(message, "or")) {
                    if (properties.node === 1)
                        return "node: multiple values";
                    properties.node = 1;
                    {
                        let error = $root.packetlife.v1.FilterOr.verify(message.or, long + 1);
                        if (error)
                            return "or." + error;
                    }
                }
                if (message.not != null && Object.hasOwnProperty.call(message, "not")) {
                    if (properties.node === 1)
                        return "node: multiple values";
                    properties.node = 1;
                    {
                        let error = $root.packetlife.v1.FilterExpr.verify(message.not, long + 1);
                        if (error)
                            return "not." + error;
                    }
                }
                if (message.host != null && Object.hasOwnProperty.call(message, "host")) {
                    if (properties.node === 1)
                        return "node: multiple values";
                    properties.node = 1;
                    {
                        let error = $root.packetlife.v1.FilterHost.verify(message.host, long + 1);
                        if (error)
                            return "host." + error;
                    }
                }
                if (message.net != null && Object.hasOwnProperty.call(message, "net")) {
                    if (properties.node === 1)
                        return "node: multiple values";
                    properties.node = 1;
                    {
                        let error = $root.packetlife.v1.FilterNet.verify(message.net, long + 1);
                        if (error)
                            return "net." + error;
                    }
                }
                if (message.port != null && Object.hasOwnProperty.call(message, "port")) {
                    if (properties.node === 1)
                        return "node: multiple values";
                    properties.node = 1;
                    {
                        let error = $root.packetlife.v1.FilterPort.verify(message.port, long + 1);
                        if (error)
                            return "port." + error;
                    }
                }
                if (message.proto != null && Object.hasOwnProperty.call(message, "proto")) {
                    if (properties.node === 1)
                        return "node: multiple values";
                    properties.node = 1;
                    {
                        let error = $root.packetlife.v1.FilterProto.verify(message.proto, long + 1);
                        if (error)
                            return "proto." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a FilterExpr message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.FilterExpr} FilterExpr
             */
            FilterExpr.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.FilterExpr)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.FilterExpr: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.FilterExpr();
                if (object.and != null) {
                    if (!$util.isObject(object.and))
                        throw TypeError(".packetlife.v1.FilterExpr.and: object expected");
                    message.and = $root.packetlife.v1.FilterAnd.fromObject(object.and, long + 1);
                }
                if (object.or != null) {
                    if (!$util.isObject(object.or))
                        throw TypeError(".packetlife.v1.FilterExpr.or: object expected");
                    message.or = $root.packetlife.v1.FilterOr.fromObject(object.or, long + 1);
                }
                if (object.not != null) {
                    if (!$util.isObject(object.not))
                        throw TypeError(".packetlife.v1.FilterExpr.not: object expected");
                    message.not = $root.packetlife.v1.FilterExpr.fromObject(object.not, long + 1);
                }
                if (object.host != null) {
                    if (!$util.isObject(object.host))
                        throw TypeError(".packetlife.v1.FilterExpr.host: object expected");
                    message.host = $root.packetlife.v1.FilterHost.fromObject(object.host, long + 1);
                }
                if (object.net != null) {
                    if (!$util.isObject(object.net))
                        throw TypeError(".packetlife.v1.FilterExpr.net: object expected");
                    message.net = $root.packetlife.v1.FilterNet.fromObject(object.net, long + 1);
                }
                if (object.port != null) {
                    if (!$util.isObject(object.port))
                        throw TypeError(".packetlife.v1.FilterExpr.port: object expected");
                    message.port = $root.packetlife.v1.FilterPort.fromObject(object.port, long + 1);
                }
                if (object.proto != null) {
                    if (!$util.isObject(object.proto))
                        throw TypeError(".packetlife.v1.FilterExpr.proto: object expected");
                    message.proto = $root.packetlife.v1.FilterProto.fromObject(object.proto, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a FilterExpr message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {packetlife.v1.FilterExpr} message FilterExpr
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterExpr.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (message.and != null && Object.hasOwnProperty.call(message, "and")) {
                    object.and = $root.packetlife.v1.FilterAnd.toObject(message.and, options, q + 1);
                    if (options.oneofs)
                        object.node = "and";
                }
                if (message.or != null && Object.hasOwnProperty.call(message, "or")) {
                    object.or = $root.packetlife.v1.FilterOr.toObject(message.or, options, q + 1);
                    if (options.oneofs)
                        object.node = "or";
                }
                if (message.not != null && Object.hasOwnProperty.call(message, "not")) {
                    object.not = $root.packetlife.v1.FilterExpr.toObject(message.not, options, q + 1);
                    if (options.oneofs)
                        object.node = "not";
                }
                if (message.host != null && Object.hasOwnProperty.call(message, "host")) {
                    object.host = $root.packetlife.v1.FilterHost.toObject(message.host, options, q + 1);
                    if (options.oneofs)
                        object.node = "host";
                }
                if (message.net != null && Object.hasOwnProperty.call(message, "net")) {
                    object.net = $root.packetlife.v1.FilterNet.toObject(message.net, options, q + 1);
                    if (options.oneofs)
                        object.node = "net";
                }
                if (message.port != null && Object.hasOwnProperty.call(message, "port")) {
                    object.port = $root.packetlife.v1.FilterPort.toObject(message.port, options, q + 1);
                    if (options.oneofs)
                        object.node = "port";
                }
                if (message.proto != null && Object.hasOwnProperty.call(message, "proto")) {
                    object.proto = $root.packetlife.v1.FilterProto.toObject(message.proto, options, q + 1);
                    if (options.oneofs)
                        object.node = "proto";
                }
                return object;
            };

            /**
             * Converts this FilterExpr to JSON.
             * @function toJSON
             * @memberof packetlife.v1.FilterExpr
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterExpr.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FilterExpr
             * @function getTypeUrl
             * @memberof packetlife.v1.FilterExpr
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilterExpr.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.FilterExpr";
            };

            return FilterExpr;
        })();

        v1.FilterAnd = (function() {

            /**
             * Properties of a FilterAnd.
             * @memberof packetlife.v1
             * @interface IFilterAnd
             * @property {Array.<packetlife.v1.IFilterExpr>|null} [terms] FilterAnd terms
             */

            /**
             * Constructs a new FilterAnd.
             * @memberof packetlife.v1
             * @classdesc Represents a FilterAnd.
             * @implements IFilterAnd
             * @constructor
             * @param {packetlife.v1.IFilterAnd=} [properties] Properties to set
             */
            function FilterAnd(properties) {
                this.terms = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilterAnd terms.
             * @member {Array.<packetlife.v1.IFilterExpr>} terms
             * @memberof packetlife.v1.FilterAnd
             * @instance
             */
            FilterAnd.prototype.terms = $util.emptyArray;

            /**
             * Creates a new FilterAnd instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {packetlife.v1.IFilterAnd=} [properties] Properties to set
             * @returns {packetlife.v1.FilterAnd} FilterAnd instance
             */
            FilterAnd.create = function create(properties) {
                return new FilterAnd(properties);
            };

            /**
             * Encodes the specified FilterAnd message. Does not implicitly {@link packetlife.v1.FilterAnd.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {packetlife.v1.IFilterAnd} message FilterAnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterAnd.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.terms != null && message.terms.length)
                    for (let i = 0; i < message.terms.length; ++i)
                        $root.packetlife.v1.FilterExpr.encode(message.terms[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified FilterAnd message, length delimited. Does not implicitly {@link packetlife.v1.FilterAnd.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {packetlife.v1.IFilterAnd} message FilterAnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterAnd.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FilterAnd message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.FilterAnd} FilterAnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterAnd.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.FilterAnd();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.terms && message.terms.length))
                                message.terms = [];
                            message.terms.push($root.packetlife.v1.FilterExpr.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FilterAnd message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.FilterAnd} FilterAnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterAnd.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FilterAnd message.
             * @function verify
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterAnd.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.terms != null && Object.hasOwnProperty.call(message, "terms")) {
                    if (!Array.isArray(message.terms))
                        return "terms: array expected";
                    for (let i = 0; i < message.terms.length; ++i) {
                        let error = $root.packetlife.v1.FilterExpr.verify(message.terms[i], long + 1);
                        if (error)
                            return "terms." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a FilterAnd message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.FilterAnd} FilterAnd
             */
            FilterAnd.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.FilterAnd)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.FilterAnd: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.FilterAnd();
                if (object.terms) {
                    if (!Array.isArray(object.terms))
                        throw TypeError(".packetlife.v1.FilterAnd.terms: array expected");
                    message.terms = [];
                    for (let i = 0; i < object.terms.length; ++i) {
                        if (!$util.isObject(object.terms[i]))
                            throw TypeError(".packetlife.v1.FilterAnd.terms: object expected");
                        message.terms[i] = $root.packetlife.v1.FilterExpr.fromObject(object.terms[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a FilterAnd message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {packetlife.v1.FilterAnd} message FilterAnd
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterAnd.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.terms = [];
                if (message.terms && message.terms.length) {
                    object.terms = [];
                    for (let j = 0; j < message.terms.length; ++j)
                        object.terms[j] = $root.packetlife.v1.FilterExpr.toObject(message.terms[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this FilterAnd to JSON.
             * @function toJSON
             * @memberof packetlife.v1.FilterAnd
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterAnd.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FilterAnd
             * @function getTypeUrl
             * @memberof packetlife.v1.FilterAnd
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilterAnd.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.FilterAnd";
            };

            return FilterAnd;
        })();

        v1.FilterOr = (function() {

            /**
             * Properties of a FilterOr.
             * @memberof packetlife.v1
             * @interface IFilterOr
             * @property {Array.<packetlife.v1.IFilterExpr>|null} [terms] FilterOr terms
             */

            /**
             * Constructs a new FilterOr.
             * @memberof packetlife.v1
             * @classdesc Represents a FilterOr.
             * @implements IFilterOr
             * @constructor
             * @param {packetlife.v1.IFilterOr=} [properties] Properties to set
             */
            function FilterOr(properties) {
                this.terms = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilterOr terms.
             * @member {Array.<packetlife.v1.IFilterExpr>} terms
             * @memberof packetlife.v1.FilterOr
             * @instance
             */
            FilterOr.prototype.terms = $util.emptyArray;

            /**
             * Creates a new FilterOr instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {packetlife.v1.IFilterOr=} [properties] Properties to set
             * @returns {packetlife.v1.FilterOr} FilterOr instance
             */
            FilterOr.create = function create(properties) {
                return new FilterOr(properties);
            };

            /**
             * Encodes the specified FilterOr message. Does not implicitly {@link packetlife.v1.FilterOr.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {packetlife.v1.IFilterOr} message FilterOr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterOr.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.terms != null && message.terms.length)
                    for (let i = 0; i < message.terms.length; ++i)
                        $root.packetlife.v1.FilterExpr.encode(message.terms[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Encodes the specified FilterOr message, length delimited. Does not implicitly {@link packetlife.v1.FilterOr.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {packetlife.v1.IFilterOr} message FilterOr message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterOr.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FilterOr message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.FilterOr} FilterOr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterOr.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.FilterOr();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.terms && message.terms.length))
                                message.terms = [];
                            message.terms.push($root.packetlife.v1.FilterExpr.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FilterOr message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.FilterOr} FilterOr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterOr.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FilterOr message.
             * @function verify
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterOr.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.terms != null && Object.hasOwnProperty.call(message, "terms")) {
                    if (!Array.isArray(message.terms))
                        return "terms: array expected";
                    for (let i = 0; i < message.terms.length; ++i) {
                        let error = $root.packetlife.v1.FilterExpr.verify(message.terms[i], long + 1);
                        if (error)
                            return "terms." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a FilterOr message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.FilterOr} FilterOr
             */
            FilterOr.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.FilterOr)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.FilterOr: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.FilterOr();
                if (object.terms) {
                    if (!Array.isArray(object.terms))
                        throw TypeError(".packetlife.v1.FilterOr.terms: array expected");
                    message.terms = [];
                    for (let i = 0; i < object.terms.length; ++i) {
                        if (!$util.isObject(object.terms[i]))
                            throw TypeError(".packetlife.v1.FilterOr.terms: object expected");
                        message.terms[i] = $root.packetlife.v1.FilterExpr.fromObject(object.terms[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a FilterOr message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {packetlife.v1.FilterOr} message FilterOr
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterOr.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.terms = [];
                if (message.terms && message.terms.length) {
                    object.terms = [];
                    for (let j = 0; j < message.terms.length; ++j)
                        object.terms[j] = $root.packetlife.v1.FilterExpr.toObject(message.terms[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this FilterOr to JSON.
             * @function toJSON
             * @memberof packetlife.v1.FilterOr
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterOr.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FilterOr
             * @function getTypeUrl
             * @memberof packetlife.v1.FilterOr
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilterOr.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.FilterOr";
            };

            return FilterOr;
        })();

        /**
         * FilterDir enum.
         * @name packetlife.v1.FilterDir
         * @enum {number}
         * @property {number} DIR_ANY=0 DIR_ANY value
         * @property {number} DIR_SRC=1 DIR_SRC value
         * @property {number} DIR_DST=2 DIR_DST value
         */
        v1.FilterDir = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DIR_ANY"] = 0;
            values[valuesById[1] = "DIR_SRC"] = 1;
            values[valuesById[2] = "DIR_DST"] = 2;
            return values;
        })();

        v1.FilterHost = (function() {

            /**
             * Properties of a FilterHost.
             * @memberof packetlife.v1
             * @interface IFilterHost
             * @property {packetlife.v1.FilterDir|null} [dir] FilterHost dir
             * @property {number|null} [ipv4] FilterHost ipv4
             * @property {Uint8Array|null} [ipv6] FilterHost ipv6
             */

            /**
             * Constructs a new FilterHost.
             * @memberof packetlife.v1
             * @classdesc Represents a FilterHost.
             * @implements IFilterHost
             * @constructor
             * @param {packetlife.v1.IFilterHost=} [properties] Properties to set
             */
            function FilterHost(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilterHost dir.
             * @member {packetlife.v1.FilterDir} dir
             * @memberof packetlife.v1.FilterHost
             * @instance
             */
            FilterHost.prototype.dir = 0;

            /**
             * FilterHost ipv4.
             * @member {number} ipv4
             * @memberof packetlife.v1.FilterHost
             * @instance
             */
            FilterHost.prototype.ipv4 = 0;

            /**
             * FilterHost ipv6.
             * @member {Uint8Array} ipv6
             * @memberof packetlife.v1.FilterHost
             * @instance
             */
            FilterHost.prototype.ipv6 = $util.newBuffer([]);

            /**
             * Creates a new FilterHost instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {packetlife.v1.IFilterHost=} [properties] Properties to set
             * @returns {packetlife.v1.FilterHost} FilterHost instance
             */
            FilterHost.create = function create(properties) {
                return new FilterHost(properties);
            };

            /**
             * Encodes the specified FilterHost message. Does not implicitly {@link packetlife.v1.FilterHost.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {packetlife.v1.IFilterHost} message FilterHost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterHost.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dir);
                if (message.ipv4 != null && Object.hasOwnProperty.call(message, "ipv4"))
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.ipv4);
                if (message.ipv6 != null && Object.hasOwnProperty.call(message, "ipv6"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ipv6);
                return writer;
            };

            /**
             * Encodes the specified FilterHost message, length delimited. Does not implicitly {@link packetlife.v1.FilterHost.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {packetlife.v1.IFilterHost} message FilterHost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterHost.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FilterHost message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.FilterHost} FilterHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterHost.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.FilterHost();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.dir = reader.int32();
                            break;
                        }
                    case 2: {
                            message.ipv4 = reader.fixed32();
                            break;
                        }
                    case 3: {
                            message.ipv6 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FilterHost message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.FilterHost} FilterHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterHost.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FilterHost message.
             * @function verify
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterHost.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    switch (message.dir) {
                    default:
                        return "dir: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.ipv4 != null && Object.hasOwnProperty.call(message, "ipv4"))
                    if (!$util.isInteger(message.ipv4))
                        return "ipv4: integer expected";
                if (message.ipv6 != null && Object.hasOwnProperty.call(message, "ipv6"))
                    if (!(message.ipv6 && typeof message.ipv6.length === "number" || $util.isString(message.ipv6)))
                        return "ipv6: buffer expected";
                return null;
            };

            /**
             * Creates a FilterHost message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.FilterHost} FilterHost
             */
            FilterHost.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.FilterHost)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.FilterHost: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.FilterHost();
                switch (object.dir) {
                default:
                    if (typeof object.dir === "number") {
                        message.dir = object.dir;
                        break;
                    }
                    break;
                case "DIR_ANY":
                case 0:
                    message.dir = 0;
                    break;
                case "DIR_SRC":
                case 1:
                    message.dir = 1;
                    break;
                case "DIR_DST":
                case 2:
                    message.dir = 2;
                    break;
                }
                if (object.ipv4 != null)
                    message.ipv4 = object.ipv4 >>> 0;
                if (object.ipv6 != null)
                    if (typeof object.ipv6 === "string")
                        $util.base64.decode(object.ipv6, message.ipv6 = $util.newBuffer($util.base64.length(object.ipv6)), 0);
                    else if (object.ipv6.length >= 0)
                        message.ipv6 = object.ipv6;
                return message;
            };

            /**
             * Creates a plain object from a FilterHost message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {packetlife.v1.FilterHost} message FilterHost
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterHost.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.dir = options.enums === String ? "DIR_ANY" : 0;
                    object.ipv4 = 0;
                    if (options.bytes === String)
                        object.ipv6 = "";
                    else {
                        object.ipv6 = [];
                        if (options.bytes !== Array)
                            object.ipv6 = $util.newBuffer(object.ipv6);
                    }
                }
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    object.dir = options.enums === String ? $root.packetlife.v1.FilterDir[message.dir] === undefined ? message.dir : $root.packetlife.v1.FilterDir[message.dir] : message.dir;
                if (message.ipv4 != null && Object.hasOwnProperty.call(message, "ipv4"))
                    object.ipv4 = message.ipv4;
                if (message.ipv6 != null && Object.hasOwnProperty.call(message, "ipv6"))
                    object.ipv6 = options.bytes === String ? $util.base64.encode(message.ipv6, 0, message.ipv6.length) : options.bytes === Array ? Array.prototype.slice.call(message.ipv6) : message.ipv6;
                return object;
            };

            /**
             * Converts this FilterHost to JSON.
             * @function toJSON
             * @memberof packetlife.v1.FilterHost
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterHost.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FilterHost
             * @function getTypeUrl
             * @memberof packetlife.v1.FilterHost
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilterHost.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.FilterHost";
            };

            return FilterHost;
        })();

        v1.FilterNet = (function() {

            /**
             * Properties of a FilterNet.
             * @memberof packetlife.v1
             * @interface IFilterNet
             * @property {packetlife.v1.FilterDir|null} [dir] FilterNet dir
             * @property {number|null} [ipv4] FilterNet ipv4
             * @property {number|null} [prefixLen] FilterNet prefixLen
             * @property {Uint8Array|null} [ipv6] FilterNet ipv6
             */

            /**
             * Constructs a new FilterNet.
             * @memberof packetlife.v1
             * @classdesc Represents a FilterNet.
             * @implements IFilterNet
             * @constructor
             * @param {packetlife.v1.IFilterNet=} [properties] Properties to set
             */
            function FilterNet(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilterNet dir.
             * @member {packetlife.v1.FilterDir} dir
             * @memberof packetlife.v1.FilterNet
             * @instance
             */
            FilterNet.prototype.dir = 0;

            /**
             * FilterNet ipv4.
             * @member {number} ipv4
             * @memberof packetlife.v1.FilterNet
             * @instance
             */
            FilterNet.prototype.ipv4 = 0;

            /**
             * FilterNet prefixLen.
             * @member {number} prefixLen
             * @memberof packetlife.v1.FilterNet
             * @instance
             */
            FilterNet.prototype.prefixLen = 0;

            /**
             * FilterNet ipv6.
             * @member {Uint8Array} ipv6
             * @memberof packetlife.v1.FilterNet
             * @instance
             */
            FilterNet.prototype.ipv6 = $util.newBuffer([]);

            /**
             * Creates a new FilterNet instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {packetlife.v1.IFilterNet=} [properties] Properties to set
             * @returns {packetlife.v1.FilterNet} FilterNet instance
             */
            FilterNet.create = function create(properties) {
                return new FilterNet(properties);
            };

            /**
             * Encodes the specified FilterNet message. Does not implicitly {@link packetlife.v1.FilterNet.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {packetlife.v1.IFilterNet} message FilterNet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterNet.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dir);
                if (message.ipv4 != null && Object.hasOwnProperty.call(message, "ipv4"))
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.ipv4);
                if (message.prefixLen != null && Object.hasOwnProperty.call(message, "prefixLen"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.prefixLen);
                if (message.ipv6 != null && Object.hasOwnProperty.call(message, "ipv6"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ipv6);
                return writer;
            };

            /**
             * Encodes the specified FilterNet message, length delimited. Does not implicitly {@link packetlife.v1.FilterNet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {packetlife.v1.IFilterNet} message FilterNet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterNet.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FilterNet message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.FilterNet} FilterNet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterNet.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.FilterNet();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.dir = reader.int32();
                            break;
                        }
                    case 2: {
                            message.ipv4 = reader.fixed32();
                            break;
                        }
                    case 3: {
                            message.prefixLen = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.ipv6 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FilterNet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.FilterNet} FilterNet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterNet.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FilterNet message.
             * @function verify
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterNet.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    switch (message.dir) {
                    default:
                        return "dir: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.ipv4 != null && Object.hasOwnProperty.call(message, "ipv4"))
                    if (!$util.isInteger(message.ipv4))
                        return "ipv4: integer expected";
                if (message.prefixLen != null && Object.hasOwnProperty.call(message, "prefixLen"))
                    if (!$util.isInteger(message.prefixLen))
                        return "prefixLen: integer expected";
                if (message.ipv6 != null && Object.hasOwnProperty.call(message, "ipv6"))
                    if (!(message.ipv6 && typeof message.ipv6.length === "number" || $util.isString(message.ipv6)))
                        return "ipv6: buffer expected";
                return null;
            };

            /**
             * Creates a FilterNet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.FilterNet} FilterNet
             */
            FilterNet.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.FilterNet)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.FilterNet: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.FilterNet();
                switch (object.dir) {
                default:
                    if (typeof object.dir === "number") {
                        message.dir = object.dir;
                        break;
                    }
                    break;
                case "DIR_ANY":
                case 0:
                    message.dir = 0;
                    break;
                case "DIR_SRC":
                case 1:
                    message.dir = 1;
                    break;
                case "DIR_DST":
                case 2:
                    message.dir = 2;
                    break;
                }
                if (object.ipv4 != null)
                    message.ipv4 = object.ipv4 >>> 0;
                if (object.prefixLen != null)
                    message.prefixLen = object.prefixLen >>> 0;
                if (object.ipv6 != null)
                    if (typeof object.ipv6 === "string")
                        $util.base64.decode(object.ipv6, message.ipv6 = $util.newBuffer($util.base64.length(object.ipv6)), 0);
                    else if (object.ipv6.length >= 0)
                        message.ipv6 = object.ipv6;
                return message;
            };

            /**
             * Creates a plain object from a FilterNet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {packetlife.v1.FilterNet} message FilterNet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterNet.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.dir = options.enums === String ? "DIR_ANY" : 0;
                    object.ipv4 = 0;
                    object.prefixLen = 0;
                    if (options.bytes === String)
                        object.ipv6 = "";
                    else {
                        object.ipv6 = [];
                        if (options.bytes !== Array)
                            object.ipv6 = $util.newBuffer(object.ipv6);
                    }
                }
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    object.dir = options.enums === String ? $root.packetlife.v1.FilterDir[message.dir] === undefined ? message.dir : $root.packetlife.v1.FilterDir[message.dir] : message.dir;
                if (message.ipv4 != null && Object.hasOwnProperty.call(message, "ipv4"))
                    object.ipv4 = message.ipv4;
                if (message.prefixLen != null && Object.hasOwnProperty.call(message, "prefixLen"))
                    object.prefixLen = message.prefixLen;
                if (message.ipv6 != null && Object.hasOwnProperty.call(message, "ipv6"))
                    object.ipv6 = options.bytes === String ? $util.base64.encode(message.ipv6, 0, message.ipv6.length) : options.bytes === Array ? Array.prototype.slice.call(message.ipv6) : message.ipv6;
                return object;
            };

            /**
             * Converts this FilterNet to JSON.
             * @function toJSON
             * @memberof packetlife.v1.FilterNet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterNet.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FilterNet
             * @function getTypeUrl
             * @memberof packetlife.v1.FilterNet
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilterNet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.FilterNet";
            };

            return FilterNet;
        })();

        v1.FilterPort = (function() {

            /**
             * Properties of a FilterPort.
             * @memberof packetlife.v1
             * @interface IFilterPort
             * @property {packetlife.v1.FilterDir|null} [dir] FilterPort dir
             * @property {number|null} [port] FilterPort port
             */

            /**
             * Constructs a new FilterPort.
             * @memberof packetlife.v1
             * @classdesc Represents a FilterPort.
             * @implements IFilterPort
             * @constructor
             * @param {packetlife.v1.IFilterPort=} [properties] Properties to set
             */
            function FilterPort(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilterPort dir.
             * @member {packetlife.v1.FilterDir} dir
             * @memberof packetlife.v1.FilterPort
             * @instance
             */
            FilterPort.prototype.dir = 0;

            /**
             * FilterPort port.
             * @member {number} port
             * @memberof packetlife.v1.FilterPort
             * @instance
             */
            FilterPort.prototype.port = 0;

            /**
             * Creates a new FilterPort instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {packetlife.v1.IFilterPort=} [properties] Properties to set
             * @returns {packetlife.v1.FilterPort} FilterPort instance
             */
            FilterPort.create = function create(properties) {
                return new FilterPort(properties);
            };

            /**
             * Encodes the specified FilterPort message. Does not implicitly {@link packetlife.v1.FilterPort.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {packetlife.v1.IFilterPort} message FilterPort message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterPort.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dir);
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                return writer;
            };

            /**
             * Encodes the specified FilterPort message, length delimited. Does not implicitly {@link packetlife.v1.FilterPort.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {packetlife.v1.IFilterPort} message FilterPort message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterPort.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FilterPort message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.FilterPort} FilterPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterPort.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.FilterPort();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.dir = reader.int32();
                            break;
                        }
                    case 2: {
                            message.port = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FilterPort message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.FilterPort} FilterPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterPort.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FilterPort message.
             * @function verify
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterPort.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    switch (message.dir) {
                    default:
                        return "dir: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                return null;
            };

            /**
             * Creates a FilterPort message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.FilterPort} FilterPort
             */
            FilterPort.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.FilterPort)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.FilterPort: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.FilterPort();
                switch (object.dir) {
                default:
                    if (typeof object.dir === "number") {
                        message.dir = object.dir;
                        break;
                    }
                    break;
                case "DIR_ANY":
                case 0:
                    message.dir = 0;
                    break;
                case "DIR_SRC":
                case 1:
                    message.dir = 1;
                    break;
                case "DIR_DST":
                case 2:
                    message.dir = 2;
                    break;
                }
                if (object.port != null)
                    message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a FilterPort message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {packetlife.v1.FilterPort} message FilterPort
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterPort.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.dir = options.enums === String ? "DIR_ANY" : 0;
                    object.port = 0;
                }
                if (message.dir != null && Object.hasOwnProperty.call(message, "dir"))
                    object.dir = options.enums === String ? $root.packetlife.v1.FilterDir[message.dir] === undefined ? message.dir : $root.packetlife.v1.FilterDir[message.dir] : message.dir;
                if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this FilterPort to JSON.
             * @function toJSON
             * @memberof packetlife.v1.FilterPort
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterPort.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FilterPort
             * @function getTypeUrl
             * @memberof packetlife.v1.FilterPort
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilterPort.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.FilterPort";
            };

            return FilterPort;
        })();

        v1.FilterProto = (function() {

            /**
             * Properties of a FilterProto.
             * @memberof packetlife.v1
             * @interface IFilterProto
             * @property {number|null} [ipProto] FilterProto ipProto
             */

            /**
             * Constructs a new FilterProto.
             * @memberof packetlife.v1
             * @classdesc Represents a FilterProto.
             * @implements IFilterProto
             * @constructor
             * @param {packetlife.v1.IFilterProto=} [properties] Properties to set
             */
            function FilterProto(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FilterProto ipProto.
             * @member {number} ipProto
             * @memberof packetlife.v1.FilterProto
             * @instance
             */
            FilterProto.prototype.ipProto = 0;

            /**
             * Creates a new FilterProto instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {packetlife.v1.IFilterProto=} [properties] Properties to set
             * @returns {packetlife.v1.FilterProto} FilterProto instance
             */
            FilterProto.create = function create(properties) {
                return new FilterProto(properties);
            };

            /**
             * Encodes the specified FilterProto message. Does not implicitly {@link packetlife.v1.FilterProto.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {packetlife.v1.IFilterProto} message FilterProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.ipProto != null && Object.hasOwnProperty.call(message, "ipProto"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ipProto);
                return writer;
            };

            /**
             * Encodes the specified FilterProto message, length delimited. Does not implicitly {@link packetlife.v1.FilterProto.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {packetlife.v1.IFilterProto} message FilterProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FilterProto.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FilterProto message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.FilterProto} FilterProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterProto.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.FilterProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.ipProto = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a FilterProto message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.FilterProto} FilterProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FilterProto.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FilterProto message.
             * @function verify
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FilterProto.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.ipProto != null && Object.hasOwnProperty.call(message, "ipProto"))
                    if (!$util.isInteger(message.ipProto))
                        return "ipProto: integer expected";
                return null;
            };

            /**
             * Creates a FilterProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.FilterProto} FilterProto
             */
            FilterProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.FilterProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.FilterProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.FilterProto();
                if (object.ipProto != null)
                    message.ipProto = object.ipProto >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a FilterProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {packetlife.v1.FilterProto} message FilterProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FilterProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.ipProto = 0;
                if (message.ipProto != null && Object.hasOwnProperty.call(message, "ipProto"))
                    object.ipProto = message.ipProto;
                return object;
            };

            /**
             * Converts this FilterProto to JSON.
             * @function toJSON
             * @memberof packetlife.v1.FilterProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FilterProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FilterProto
             * @function getTypeUrl
             * @memberof packetlife.v1.FilterProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FilterProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.FilterProto";
            };

            return FilterProto;
        })();

        /**
         * EventKind enum.
         * @name packetlife.v1.EventKind
         * @enum {number}
         * @property {number} EVENT_KIND_UNSPECIFIED=0 EVENT_KIND_UNSPECIFIED value
         * @property {number} RECEIVE=1 RECEIVE value
         * @property {number} TRANSMIT=2 TRANSMIT value
         * @property {number} ROUTE_LOOKUP=3 ROUTE_LOOKUP value
         * @property {number} DROP=4 DROP value
         * @property {number} NAT=5 NAT value
         */
        v1.EventKind = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "EVENT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECEIVE"] = 1;
            values[valuesById[2] = "TRANSMIT"] = 2;
            values[valuesById[3] = "ROUTE_LOOKUP"] = 3;
            values[valuesById[4] = "DROP"] = 4;
            values[valuesById[5] = "NAT"] = 5;
            return values;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @memberof packetlife.v1
             * @interface IEvent
             * @property {packetlife.v1.EventKind|null} [kind] Event kind
             * @property {number|Long|null} [monoNs] Event monoNs
             * @property {number|Long|null} [wallUnixNs] Event wallUnixNs
             * @property {string|null} [node] Event node
             * @property {number|null} [cpu] Event cpu
             * @property {number|Long|null} [netns] Event netns
             * @property {number|null} [ifindex] Event ifindex
             * @property {string|null} [ifname] Event ifname
             * @property {number|Long|null} [skb] Event skb
             * @property {packetlife.v1.IPacket|null} [packet] Event packet
             * @property {number|null} [mark] Event mark
             * @property {packetlife.v1.IConntrack|null} [ct] Event ct
             * @property {packetlife.v1.IRouteLookup|null} [route] Event route
             * @property {packetlife.v1.IDrop|null} [drop] Event drop
             * @property {string|null} [pod] Event pod
             */

            /**
             * Constructs a new Event.
             * @memberof packetlife.v1
             * @classdesc Represents an Event.
             * @implements IEvent
             * @constructor
             * @param {packetlife.v1.IEvent=} [properties] Properties to set
             */
            function Event(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Event kind.
             * @member {packetlife.v1.EventKind} kind
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.kind = 0;

            /**
             * Event monoNs.
             * @member {number|Long} monoNs
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.monoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event wallUnixNs.
             * @member {number|Long} wallUnixNs
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.wallUnixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event node.
             * @member {string} node
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.node = "";

            /**
             * Event cpu.
             * @member {number} cpu
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.cpu = 0;

            /**
             * Event netns.
             * @member {number|Long} netns
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event ifindex.
             * @member {number} ifindex
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.ifindex = 0;

            /**
             * Event ifname.
             * @member {string} ifname
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.ifname = "";

            /**
             * Event skb.
             * @member {number|Long} skb
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.skb = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event packet.
             * @member {packetlife.v1.IPacket|null|undefined} packet
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.packet = null;

            /**
             * Event mark.
             * @member {number} mark
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.mark = 0;

            /**
             * Event ct.
             * @member {packetlife.v1.IConntrack|null|undefined} ct
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.ct = null;

            /**
             * Event route.
             * @member {packetlife.v1.IRouteLookup|null|undefined} route
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.route = null;

            /**
             * Event drop.
             * @member {packetlife.v1.IDrop|null|undefined} drop
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.drop = null;

            /**
             * Event pod.
             * @member {string} pod
             * @memberof packetlife.v1.Event
             * @instance
             */
            Event.prototype.pod = "";

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Event
             * @static
             * @param {packetlife.v1.IEvent=} [properties] Properties to set
             * @returns {packetlife.v1.Event} Event instance
             */
            Event.create = function create(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link packetlife.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Event
             * @static
             * @param {packetlife.v1.IEvent} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.monoNs != null && Object.hasOwnProperty.call(message, "monoNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.monoNs);
                if (message.wallUnixNs != null && Object.hasOwnProperty.call(message, "wallUnixNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.wallUnixNs);
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.node);
                if (message.cpu != null && Object.hasOwnProperty.call(message, "cpu"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.cpu);
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.netns);
                if (message.ifindex != null && Object.hasOwnProperty.call(message, "ifindex"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.ifindex);
                if (message.ifname != null && Object.hasOwnProperty.call(message, "ifname"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.ifname);
                if (message.skb != null && Object.hasOwnProperty.call(message, "skb"))
                    writer.uint32(/* id 9, wireType 1 =*/73).fixed64(message.skb);
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet"))
                    $root.packetlife.v1.Packet.encode(message.packet, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.mark);
                if (message.ct != null && Object.hasOwnProperty.call(message, "ct"))
                    $root.packetlife.v1.Conntrack.encode(message.ct, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.route != null && Object.hasOwnProperty.call(message, "route"))
                    $root.packetlife.v1.RouteLookup.encode(message.route, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.drop != null && Object.hasOwnProperty.call(message, "drop"))
                    $root.packetlife.v1.Drop.encode(message.drop, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.pod != null && Object.hasOwnProperty.call(message, "pod"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.pod);
                return writer;
            };

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link packetlife.v1.Event.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Event
             * @static
             * @param {packetlife.v1.IEvent} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Event} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Event();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kind = reader.int32();
                            break;
                        }
                    case 2: {
                            message.monoNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.wallUnixNs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.node = reader.string();
                            break;
                        }
                    case 5: {
                            message.cpu = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.netns = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.ifindex = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.ifname = reader.string();
                            break;
                        }
                    case 9: {
                            message.skb = reader.fixed64();
                            break;
                        }
                    case 10: {
                            message.packet = $root.packetlife.v1.Packet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.mark = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.ct = $root.packetlife.v1.Conntrack.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.route = $root.packetlife.v1.RouteLookup.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.drop = $root.packetlife.v1.Drop.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.pod = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Event} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof packetlife.v1.Event
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    switch (message.kind) {
                    default:
                        return "kind: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                        break;
                    }
                if (message.monoNs != null && Object.hasOwnProperty.call(message, "monoNs"))
                    if (!$util.isInteger(message.monoNs) && !(message.monoNs && $util.isInteger(message.monoNs.low) && $util.isInteger(message.monoNs.high)))
                        return "monoNs: integer|Long expected";
                if (message.wallUnixNs != null && Object.hasOwnProperty.call(message, "wallUnixNs"))
                    if (!$util.isInteger(message.wallUnixNs) && !(message.wallUnixNs && $util.isInteger(message.wallUnixNs.low) && $util.isInteger(message.wallUnixNs.high)))
                        return "wallUnixNs: integer|Long expected";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.cpu != null && Object.hasOwnProperty.call(message, "cpu"))
                    if (!$util.isInteger(message.cpu))
                        return "cpu: integer expected";
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.ifindex != null && Object.hasOwnProperty.call(message, "ifindex"))
                    if (!$util.isInteger(message.ifindex))
                        return "ifindex: integer expected";
                if (message.ifname != null && Object.hasOwnProperty.call(message, "ifname"))
                    if (!$util.isString(message.ifname))
                        return "ifname: string expected";
                if (message.skb != null && Object.hasOwnProperty.call(message, "skb"))
                    if (!$util.isInteger(message.skb) && !(message.skb && $util.isInteger(message.skb.low) && $util.isInteger(message.skb.high)))
                        return "skb: integer|Long expected";
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet")) {
                    let error = $root.packetlife.v1.Packet.verify(message.packet, long + 1);
                    if (error)
                        return "packet." + error;
                }
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    if (!$util.isInteger(message.mark))
                        return "mark: integer expected";
                if (message.ct != null && Object.hasOwnProperty.call(message, "ct")) {
                    let error = $root.packetlife.v1.Conntrack.verify(message.ct, long + 1);
                    if (error)
                        return "ct." + error;
                }
                if (message.route != null && Object.hasOwnProperty.call(message, "route")) {
                    let error = $root.packetlife.v1.RouteLookup.verify(message.route, long + 1);
                    if (error)
                        return "route." + error;
                }
                if (message.drop != null && Object.hasOwnProperty.call(message, "drop")) {
                    let error = $root.packetlife.v1.Drop.verify(message.drop, long + 1);
                    if (error)
                        return "drop." + error;
                }
                if (message.pod != null && Object.hasOwnProperty.call(message, "pod"))
                    if (!$util.isString(message.pod))
                        return "pod: string expected";
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Event} Event
             */
            Event.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Event: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Event();
                switch (object.kind) {
                default:
                    if (typeof object.kind === "number") {
                        message.kind = object.kind;
                        break;
                    }
                    break;
                case "EVENT_KIND_UNSPECIFIED":
                case 0:
                    message.kind = 0;
                    break;
                case "RECEIVE":
                case 1:
                    message.kind = 1;
                    break;
                case "TRANSMIT":
                case 2:
                    message.kind = 2;
                    break;
                case "ROUTE_LOOKUP":
                case 3:
                    message.kind = 3;
                    break;
                case "DROP":
                case 4:
                    message.kind = 4;
                    break;
                case "NAT":
                case 5:
                    message.kind = 5;
                    break;
                }
                if (object.monoNs != null)
                    if ($util.Long)
                        message.monoNs = $util.Long.fromValue(object.monoNs, true);
                    else if (typeof object.monoNs === "string")
                        message.monoNs = parseInt(object.monoNs, 10);
                    else if (typeof object.monoNs === "number")
                        message.monoNs = object.monoNs;
                    else if (typeof object.monoNs === "object")
                        message.monoNs = new $util.LongBits(object.monoNs.low >>> 0, object.monoNs.high >>> 0).toNumber(true);
                if (object.wallUnixNs != null)
                    if ($util.Long)
                        message.wallUnixNs = $util.Long.fromValue(object.wallUnixNs, true);
                    else if (typeof object.wallUnixNs === "string")
                        message.wallUnixNs = parseInt(object.wallUnixNs, 10);
                    else if (typeof object.wallUnixNs === "number")
                        message.wallUnixNs = object.wallUnixNs;
                    else if (typeof object.wallUnixNs === "object")
                        message.wallUnixNs = new $util.LongBits(object.wallUnixNs.low >>> 0, object.wallUnixNs.high >>> 0).toNumber(true);
                if (object.node != null)
                    message.node = String(object.node);
                if (object.cpu != null)
                    message.cpu = object.cpu >>> 0;
                if (object.netns != null)
                    if ($util.Long)
                        message.netns = $util.Long.fromValue(object.netns, true);
                    else if (typeof object.netns === "string")
                        message.netns = parseInt(object.netns, 10);
                    else if (typeof object.netns === "number")
                        message.netns = object.netns;
                    else if (typeof object.netns === "object")
                        message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.ifindex != null)
                    message.ifindex = object.ifindex >>> 0;
                if (object.ifname != null)
                    message.ifname = String(object.ifname);
                if (object.skb != null)
                    if ($util.Long)
                        message.skb = $util.Long.fromValue(object.skb, true);
                    else if (typeof object.skb === "string")
                        message.skb = parseInt(object.skb, 10);
                    else if (typeof object.skb === "number")
                        message.skb = object.skb;
                    else if (typeof object.skb === "object")
                        message.skb = new $util.LongBits(object.skb.low >>> 0, object.skb.high >>> 0).toNumber(true);
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw TypeError(".packetlife.v1.Event.packet: object expected");
                    message.packet = $root.packetlife.v1.Packet.fromObject(object.packet, long + 1);
                }
                if (object.mark != null)
                    message.mark = object.mark >>> 0;
                if (object.ct != null) {
                    if (!$util.isObject(object.ct))
                        throw TypeError(".packetlife.v1.Event.ct: object expected");
                    message.ct = $root.packetlife.v1.Conntrack.fromObject(object.ct, long + 1);
                }
                if (object.route != null) {
                    if (!$util.isObject(object.route))
                        throw TypeError(".packetlife.v1.Event.route: object expected");
                    message.route = $root.packetlife.v1.RouteLookup.fromObject(object.route, long + 1);
                }
                if (object.drop != null) {
                    if (!$util.isObject(object.drop))
                        throw TypeError(".packetlife.v1.Event.drop: object expected");
                    message.drop = $root.packetlife.v1.Drop.fromObject(object.drop, long + 1);
                }
                if (object.pod != null)
                    message.pod = String(object.pod);
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Event
             * @static
             * @param {packetlife.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === String ? "EVENT_KIND_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.monoNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.monoNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.wallUnixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.wallUnixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.node = "";
                    object.cpu = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.ifindex = 0;
                    object.ifname = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.skb = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.skb = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.packet = null;
                    object.mark = 0;
                    object.ct = null;
                    object.route = null;
                    object.drop = null;
                    object.pod = "";
                }
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === String ? $root.packetlife.v1.EventKind[message.kind] === undefined ? message.kind : $root.packetlife.v1.EventKind[message.kind] : message.kind;
                if (message.monoNs != null && Object.hasOwnProperty.call(message, "monoNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.monoNs = typeof message.monoNs === "number" ? BigInt(message.monoNs) : $util.Long.fromBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.monoNs === "number")
                        object.monoNs = options.longs === String ? String(message.monoNs) : message.monoNs;
                    else
                        object.monoNs = options.longs === String ? $util.Long.prototype.toString.call(message.monoNs) : options.longs === Number ? new $util.LongBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0).toNumber(true) : message.monoNs;
                if (message.wallUnixNs != null && Object.hasOwnProperty.call(message, "wallUnixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.wallUnixNs = typeof message.wallUnixNs === "number" ? BigInt(message.wallUnixNs) : $util.Long.fromBits(message.wallUnixNs.low >>> 0, message.wallUnixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.wallUnixNs === "number")
                        object.wallUnixNs = options.longs === String ? String(message.wallUnixNs) : message.wallUnixNs;
                    else
                        object.wallUnixNs = options.longs === String ? $util.Long.prototype.toString.call(message.wallUnixNs) : options.longs === Number ? new $util.LongBits(message.wallUnixNs.low >>> 0, message.wallUnixNs.high >>> 0).toNumber(true) : message.wallUnixNs;
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.cpu != null && Object.hasOwnProperty.call(message, "cpu"))
                    object.cpu = message.cpu;
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.netns = typeof message.netns === "number" ? BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === String ? String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === String ? $util.Long.prototype.toString.call(message.netns) : options.longs === Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.ifindex != null && Object.hasOwnProperty.call(message, "ifindex"))
                    object.ifindex = message.ifindex;
                if (message.ifname != null && Object.hasOwnProperty.call(message, "ifname"))
                    object.ifname = message.ifname;
                if (message.skb != null && Object.hasOwnProperty.call(message, "skb"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.skb = typeof message.skb === "number" ? BigInt(message.skb) : $util.Long.fromBits(message.skb.low >>> 0, message.skb.high >>> 0, true).toBigInt();
                    else if (typeof message.skb === "number")
                        object.skb = options.longs === String ? String(message.skb) : message.skb;
                    else
                        object.skb = options.longs === String ? $util.Long.prototype.toString.call(message.skb) : options.longs === Number ? new $util.LongBits(message.skb.low >>> 0, message.skb.high >>> 0).toNumber(true) : message.skb;
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.packetlife.v1.Packet.toObject(message.packet, options, q + 1);
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    object.mark = message.mark;
                if (message.ct != null && Object.hasOwnProperty.call(message, "ct"))
                    object.ct = $root.packetlife.v1.Conntrack.toObject(message.ct, options, q + 1);
                if (message.route != null && Object.hasOwnProperty.call(message, "route"))
                    object.route = $root.packetlife.v1.RouteLookup.toObject(message.route, options, q + 1);
                if (message.drop != null && Object.hasOwnProperty.call(message, "drop"))
                    object.drop = $root.packetlife.v1.Drop.toObject(message.drop, options, q + 1);
                if (message.pod != null && Object.hasOwnProperty.call(message, "pod"))
                    object.pod = message.pod;
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Event
             * @function getTypeUrl
             * @memberof packetlife.v1.Event
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Event.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Event";
            };

            return Event;
        })();

        v1.Packet = (function() {

            /**
             * Properties of a Packet.
             * @memberof packetlife.v1
             * @interface IPacket
             * @property {number|null} [ipVersion] Packet ipVersion
             * @property {number|null} [srcV4] Packet srcV4
             * @property {number|null} [dstV4] Packet dstV4
             * @property {number|null} [protocol] Packet protocol
             * @property {number|null} [sport] Packet sport
             * @property {number|null} [dport] Packet dport
             * @property {number|null} [ipId] Packet ipId
             * @property {number|null} [ttl] Packet ttl
             * @property {number|null} [length] Packet length
             * @property {number|null} [tcpFlags] Packet tcpFlags
             * @property {number|null} [tcpSeq] Packet tcpSeq
             * @property {number|null} [tcpAck] Packet tcpAck
             * @property {number|null} [icmpType] Packet icmpType
             * @property {number|null} [icmpCode] Packet icmpCode
             * @property {number|null} [icmpId] Packet icmpId
             * @property {number|null} [icmpSeq] Packet icmpSeq
             * @property {Uint8Array|null} [srcV6] Packet srcV6
             * @property {Uint8Array|null} [dstV6] Packet dstV6
             */

            /**
             * Constructs a new Packet.
             * @memberof packetlife.v1
             * @classdesc Represents a Packet.
             * @implements IPacket
             * @constructor
             * @param {packetlife.v1.IPacket=} [properties] Properties to set
             */
            function Packet(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Packet ipVersion.
             * @member {number} ipVersion
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.ipVersion = 0;

            /**
             * Packet srcV4.
             * @member {number} srcV4
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.srcV4 = 0;

            /**
             * Packet dstV4.
             * @member {number} dstV4
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.dstV4 = 0;

            /**
             * Packet protocol.
             * @member {number} protocol
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.protocol = 0;

            /**
             * Packet sport.
             * @member {number} sport
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.sport = 0;

            /**
             * Packet dport.
             * @member {number} dport
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.dport = 0;

            /**
             * Packet ipId.
             * @member {number} ipId
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.ipId = 0;

            /**
             * Packet ttl.
             * @member {number} ttl
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.ttl = 0;

            /**
             * Packet length.
             * @member {number} length
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.length = 0;

            /**
             * Packet tcpFlags.
             * @member {number} tcpFlags
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.tcpFlags = 0;

            /**
             * Packet tcpSeq.
             * @member {number} tcpSeq
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.tcpSeq = 0;

            /**
             * Packet tcpAck.
             * @member {number} tcpAck
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.tcpAck = 0;

            /**
             * Packet icmpType.
             * @member {number} icmpType
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.icmpType = 0;

            /**
             * Packet icmpCode.
             * @member {number} icmpCode
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.icmpCode = 0;

            /**
             * Packet icmpId.
             * @member {number} icmpId
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.icmpId = 0;

            /**
             * Packet icmpSeq.
             * @member {number} icmpSeq
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.icmpSeq = 0;

            /**
             * Packet srcV6.
             * @member {Uint8Array} srcV6
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.srcV6 = $util.newBuffer([]);

            /**
             * Packet dstV6.
             * @member {Uint8Array} dstV6
             * @memberof packetlife.v1.Packet
             * @instance
             */
            Packet.prototype.dstV6 = $util.newBuffer([]);

            /**
             * Creates a new Packet instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Packet
             * @static
             * @param {packetlife.v1.IPacket=} [properties] Properties to set
             * @returns {packetlife.v1.Packet} Packet instance
             */
            Packet.create = function create(properties) {
                return new Packet(properties);
            };

            /**
             * Encodes the specified Packet message. Does not implicitly {@link packetlife.v1.Packet.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Packet
             * @static
             * @param {packetlife.v1.IPacket} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.ipVersion != null && Object.hasOwnProperty.call(message, "ipVersion"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ipVersion);
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.srcV4);
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.dstV4);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocol);
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.sport);
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.dport);
                if (message.ipId != null && Object.hasOwnProperty.call(message, "ipId"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.ipId);
                if (message.ttl != null && Object.hasOwnProperty.call(message, "ttl"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.ttl);
                if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.length);
                if (message.tcpFlags != null && Object.hasOwnProperty.call(message, "tcpFlags"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.tcpFlags);
                if (message.tcpSeq != null && Object.hasOwnProperty.call(message, "tcpSeq"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.tcpSeq);
                if (message.tcpAck != null && Object.hasOwnProperty.call(message, "tcpAck"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.tcpAck);
                if (message.icmpType != null && Object.hasOwnProperty.call(message, "icmpType"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.icmpType);
                if (message.icmpCode != null && Object.hasOwnProperty.call(message, "icmpCode"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.icmpCode);
                if (message.icmpId != null && Object.hasOwnProperty.call(message, "icmpId"))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.icmpId);
                if (message.icmpSeq != null && Object.hasOwnProperty.call(message, "icmpSeq"))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.icmpSeq);
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    writer.uint32(/* id 20, wireType 2 =*/162).bytes(message.srcV6);
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    writer.uint32(/* id 21, wireType 2 =*/170).bytes(message.dstV6);
                return writer;
            };

            /**
             * Encodes the specified Packet message, length delimited. Does not implicitly {@link packetlife.v1.Packet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Packet
             * @static
             * @param {packetlife.v1.IPacket} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Packet} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Packet();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.ipVersion = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.srcV4 = reader.fixed32();
                            break;
                        }
                    case 3: {
                            message.dstV4 = reader.fixed32();
                            break;
                        }
                    case 4: {
                            message.protocol = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.sport = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.dport = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.ipId = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.ttl = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.length = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.tcpFlags = reader.uint32();
                            break;
                        }
                    case 11: {
                            message.tcpSeq = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.tcpAck = reader.uint32();
                            break;
                        }
                    case 13: {
                            message.icmpType = reader.uint32();
                            break;
                        }
                    case 14: {
                            message.icmpCode = reader.uint32();
                            break;
                        }
                    case 15: {
                            message.icmpId = reader.uint32();
                            break;
                        }
                    case 16: {
                            message.icmpSeq = reader.uint32();
                            break;
                        }
                    case 20: {
                            message.srcV6 = reader.bytes();
                            break;
                        }
                    case 21: {
                            message.dstV6 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Packet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Packet} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Packet message.
             * @function verify
             * @memberof packetlife.v1.Packet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Packet.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.ipVersion != null && Object.hasOwnProperty.call(message, "ipVersion"))
                    if (!$util.isInteger(message.ipVersion))
                        return "ipVersion: integer expected";
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    if (!$util.isInteger(message.srcV4))
                        return "srcV4: integer expected";
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    if (!$util.isInteger(message.dstV4))
                        return "dstV4: integer expected";
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isInteger(message.protocol))
                        return "protocol: integer expected";
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    if (!$util.isInteger(message.sport))
                        return "sport: integer expected";
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    if (!$util.isInteger(message.dport))
                        return "dport: integer expected";
                if (message.ipId != null && Object.hasOwnProperty.call(message, "ipId"))
                    if (!$util.isInteger(message.ipId))
                        return "ipId: integer expected";
                if (message.ttl != null && Object.hasOwnProperty.call(message, "ttl"))
                    if (!$util.isInteger(message.ttl))
                        return "ttl: integer expected";
                if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                    if (!$util.isInteger(message.length))
                        return "length: integer expected";
                if (message.tcpFlags != null && Object.hasOwnProperty.call(message, "tcpFlags"))
                    if (!$util.isInteger(message.tcpFlags))
                        return "tcpFlags: integer expected";
                if (message.tcpSeq != null && Object.hasOwnProperty.call(message, "tcpSeq"))
                    if (!$util.isInteger(message.tcpSeq))
                        return "tcpSeq: integer expected";
                if (message.tcpAck != null && Object.hasOwnProperty.call(message, "tcpAck"))
                    if (!$util.isInteger(message.tcpAck))
                        return "tcpAck: integer expected";
                if (message.icmpType != null && Object.hasOwnProperty.call(message, "icmpType"))
                    if (!$util.isInteger(message.icmpType))
                        return "icmpType: integer expected";
                if (message.icmpCode != null && Object.hasOwnProperty.call(message, "icmpCode"))
                    if (!$util.isInteger(message.icmpCode))
                        return "icmpCode: integer expected";
                if (message.icmpId != null && Object.hasOwnProperty.call(message, "icmpId"))
                    if (!$util.isInteger(message.icmpId))
                        return "icmpId: integer expected";
                if (message.icmpSeq != null && Object.hasOwnProperty.call(message, "icmpSeq"))
                    if (!$util.isInteger(message.icmpSeq))
                        return "icmpSeq: integer expected";
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    if (!(message.srcV6 && typeof message.srcV6.length === "number" || $util.isString(message.srcV6)))
                        return "srcV6: buffer expected";
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    if (!(message.dstV6 && typeof message.dstV6.length === "number" || $util.isString(message.dstV6)))
                        return "dstV6: buffer expected";
                return null;
            };

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Packet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Packet} Packet
             */
            Packet.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Packet)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Packet: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Packet();
                if (object.ipVersion != null)
                    message.ipVersion = object.ipVersion >>> 0;
                if (object.srcV4 != null)
                    message.srcV4 = object.srcV4 >>> 0;
                if (object.dstV4 != null)
                    message.dstV4 = object.dstV4 >>> 0;
                if (object.protocol != null)
                    message.protocol = object.protocol >>> 0;
                if (object.sport != null)
                    message.sport = object.sport >>> 0;
                if (object.dport != null)
                    message.dport = object.dport >>> 0;
                if (object.ipId != null)
                    message.ipId = object.ipId >>> 0;
                if (object.ttl != null)
                    message.ttl = object.ttl >>> 0;
                if (object.length != null)
                    message.length = object.length >>> 0;
                if (object.tcpFlags != null)
                    message.tcpFlags = object.tcpFlags >>> 0;
                if (object.tcpSeq != null)
                    message.tcpSeq = object.tcpSeq >>> 0;
                if (object.tcpAck != null)
                    message.tcpAck = object.tcpAck >>> 0;
                if (object.icmpType != null)
                    message.icmpType = object.icmpType >>> 0;
                if (object.icmpCode != null)
                    message.icmpCode = object.icmpCode >>> 0;
                if (object.icmpId != null)
                    message.icmpId = object.icmpId >>> 0;
                if (object.icmpSeq != null)
                    message.icmpSeq = object.icmpSeq >>> 0;
                if (object.srcV6 != null)
                    if (typeof object.srcV6 === "string")
                        $util.base64.decode(object.srcV6, message.srcV6 = $util.newBuffer($util.base64.length(object.srcV6)), 0);
                    else if (object.srcV6.length >= 0)
                        message.srcV6 = object.srcV6;
                if (object.dstV6 != null)
                    if (typeof object.dstV6 === "string")
                        $util.base64.decode(object.dstV6, message.dstV6 = $util.newBuffer($util.base64.length(object.dstV6)), 0);
                    else if (object.dstV6.length >= 0)
                        message.dstV6 = object.dstV6;
                return message;
            };

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Packet
             * @static
             * @param {packetlife.v1.Packet} message Packet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Packet.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ipVersion = 0;
                    object.srcV4 = 0;
                    object.dstV4 = 0;
                    object.protocol = 0;
                    object.sport = 0;
                    object.dport = 0;
                    object.ipId = 0;
                    object.ttl = 0;
                    object.length = 0;
                    object.tcpFlags = 0;
                    object.tcpSeq = 0;
                    object.tcpAck = 0;
                    object.icmpType = 0;
                    object.icmpCode = 0;
                    object.icmpId = 0;
                    object.icmpSeq = 0;
                    if (options.bytes === String)
                        object.srcV6 = "";
                    else {
                        object.srcV6 = [];
                        if (options.bytes !== Array)
                            object.srcV6 = $util.newBuffer(object.srcV6);
                    }
                    if (options.bytes === String)
                        object.dstV6 = "";
                    else {
                        object.dstV6 = [];
                        if (options.bytes !== Array)
                            object.dstV6 = $util.newBuffer(object.dstV6);
                    }
                }
                if (message.ipVersion != null && Object.hasOwnProperty.call(message, "ipVersion"))
                    object.ipVersion = message.ipVersion;
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    object.srcV4 = message.srcV4;
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    object.dstV4 = message.dstV4;
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    object.sport = message.sport;
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    object.dport = message.dport;
                if (message.ipId != null && Object.hasOwnProperty.call(message, "ipId"))
                    object.ipId = message.ipId;
                if (message.ttl != null && Object.hasOwnProperty.call(message, "ttl"))
                    object.ttl = message.ttl;
                if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                if (message.tcpFlags != null && Object.hasOwnProperty.call(message, "tcpFlags"))
                    object.tcpFlags = message.tcpFlags;
                if (message.tcpSeq != null && Object.hasOwnProperty.call(message, "tcpSeq"))
                    object.tcpSeq = message.tcpSeq;
                if (message.tcpAck != null && Object.hasOwnProperty.call(message, "tcpAck"))
                    object.tcpAck = message.tcpAck;
                if (message.icmpType != null && Object.hasOwnProperty.call(message, "icmpType"))
                    object.icmpType = message.icmpType;
                if (message.icmpCode != null && Object.hasOwnProperty.call(message, "icmpCode"))
                    object.icmpCode = message.icmpCode;
                if (message.icmpId != null && Object.hasOwnProperty.call(message, "icmpId"))
                    object.icmpId = message.icmpId;
                if (message.icmpSeq != null && Object.hasOwnProperty.call(message, "icmpSeq"))
                    object.icmpSeq = message.icmpSeq;
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    object.srcV6 = options.bytes === String ? $util.base64.encode(message.srcV6, 0, message.srcV6.length) : options.bytes === Array ? Array.prototype.slice.call(message.srcV6) : message.srcV6;
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    object.dstV6 = options.bytes === String ? $util.base64.encode(message.dstV6, 0, message.dstV6.length) : options.bytes === Array ? Array.prototype.slice.call(message.dstV6) : message.dstV6;
                return object;
            };

            /**
             * Converts this Packet to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Packet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Packet.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Packet
             * @function getTypeUrl
             * @memberof packetlife.v1.Packet
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Packet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Packet";
            };

            return Packet;
        })();

        v1.Tuple = (function() {

            /**
             * Properties of a Tuple.
             * @memberof packetlife.v1
             * @interface ITuple
             * @property {number|null} [srcV4] Tuple srcV4
             * @property {number|null} [dstV4] Tuple dstV4
             * @property {number|null} [sport] Tuple sport
             * @property {number|null} [dport] Tuple dport
             * @property {number|null} [protocol] Tuple protocol
             * @property {Uint8Array|null} [srcV6] Tuple srcV6
             * @property {Uint8Array|null} [dstV6] Tuple dstV6
             */

            /**
             * Constructs a new Tuple.
             * @memberof packetlife.v1
             * @classdesc Represents a Tuple.
             * @implements ITuple
             * @constructor
             * @param {packetlife.v1.ITuple=} [properties] Properties to set
             */
            function Tuple(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Tuple srcV4.
             * @member {number} srcV4
             * @memberof packetlife.v1.Tuple
             * @instance
             */
            Tuple.prototype.srcV4 = 0;

            /**
             * Tuple dstV4.
             * @member {number} dstV4
             * @memberof packetlife.v1.Tuple
             * @instance
             */
            Tuple.prototype.dstV4 = 0;

            /**
             * Tuple sport.
             * @member {number} sport
             * @memberof packetlife.v1.Tuple
             * @instance
             */
            Tuple.prototype.sport = 0;

            /**
             * Tuple dport.
             * @member {number} dport
             * @memberof packetlife.v1.Tuple
             * @instance
             */
            Tuple.prototype.dport = 0;

            /**
             * Tuple protocol.
             * @member {number} protocol
             * @memberof packetlife.v1.Tuple
             * @instance
             */
            Tuple.prototype.protocol = 0;

            /**
             * Tuple srcV6.
             * @member {Uint8Array} srcV6
             * @memberof packetlife.v1.Tuple
             * @instance
             */
            Tuple.prototype.srcV6 = $util.newBuffer([]);

            /**
             * Tuple dstV6.
             * @member {Uint8Array} dstV6
             * @memberof packetlife.v1.Tuple
             * @instance
             */
            Tuple.prototype.dstV6 = $util.newBuffer([]);

            /**
             * Creates a new Tuple instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {packetlife.v1.ITuple=} [properties] Properties to set
             * @returns {packetlife.v1.Tuple} Tuple instance
             */
            Tuple.create = function create(properties) {
                return new Tuple(properties);
            };

            /**
             * Encodes the specified Tuple message. Does not implicitly {@link packetlife.v1.Tuple.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {packetlife.v1.ITuple} message Tuple message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tuple.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.srcV4);
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    writer.uint32(/* id 2, wireType 5 =*/21).fixed32(message.dstV4);
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sport);
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dport);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.protocol);
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.srcV6);
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.dstV6);
                return writer;
            };

            /**
             * Encodes the specified Tuple message, length delimited. Does not implicitly {@link packetlife.v1.Tuple.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {packetlife.v1.ITuple} message Tuple message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tuple.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Tuple message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Tuple} Tuple
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tuple.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Tuple();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.srcV4 = reader.fixed32();
                            break;
                        }
                    case 2: {
                            message.dstV4 = reader.fixed32();
                            break;
                        }
                    case 3: {
                            message.sport = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.dport = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.protocol = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.srcV6 = reader.bytes();
                            break;
                        }
                    case 7: {
                            message.dstV6 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Tuple message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Tuple} Tuple
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tuple.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Tuple message.
             * @function verify
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Tuple.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    if (!$util.isInteger(message.srcV4))
                        return "srcV4: integer expected";
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    if (!$util.isInteger(message.dstV4))
                        return "dstV4: integer expected";
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    if (!$util.isInteger(message.sport))
                        return "sport: integer expected";
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    if (!$util.isInteger(message.dport))
                        return "dport: integer expected";
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isInteger(message.protocol))
                        return "protocol: integer expected";
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    if (!(message.srcV6 && typeof message.srcV6.length === "number" || $util.isString(message.srcV6)))
                        return "srcV6: buffer expected";
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    if (!(message.dstV6 && typeof message.dstV6.length === "number" || $util.isString(message.dstV6)))
                        return "dstV6: buffer expected";
                return null;
            };

            /**
             * Creates a Tuple message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Tuple} Tuple
             */
            Tuple.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Tuple)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Tuple: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Tuple();
                if (object.srcV4 != null)
                    message.srcV4 = object.srcV4 >>> 0;
                if (object.dstV4 != null)
                    message.dstV4 = object.dstV4 >>> 0;
                if (object.sport != null)
                    message.sport = object.sport >>> 0;
                if (object.dport != null)
                    message.dport = object.dport >>> 0;
                if (object.protocol != null)
                    message.protocol = object.protocol >>> 0;
                if (object.srcV6 != null)
                    if (typeof object.srcV6 === "string")
                        $util.base64.decode(object.srcV6, message.srcV6 = $util.newBuffer($util.base64.length(object.srcV6)), 0);
                    else if (object.srcV6.length >= 0)
                        message.srcV6 = object.srcV6;
                if (object.dstV6 != null)
                    if (typeof object.dstV6 === "string")
                        $util.base64.decode(object.dstV6, message.dstV6 = $util.newBuffer($util.base64.length(object.dstV6)), 0);
                    else if (object.dstV6.length >= 0)
                        message.dstV6 = object.dstV6;
                return message;
            };

            /**
             * Creates a plain object from a Tuple message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {packetlife.v1.Tuple} message Tuple
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Tuple.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.srcV4 = 0;
                    object.dstV4 = 0;
                    object.sport = 0;
                    object.dport = 0;
                    object.protocol = 0;
                    if (options.bytes === String)
                        object.srcV6 = "";
                    else {
                        object.srcV6 = [];
                        if (options.bytes !== Array)
                            object.srcV6 = $util.newBuffer(object.srcV6);
                    }
                    if (options.bytes === String)
                        object.dstV6 = "";
                    else {
                        object.dstV6 = [];
                        if (options.bytes !== Array)
                            object.dstV6 = $util.newBuffer(object.dstV6);
                    }
                }
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    object.srcV4 = message.srcV4;
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    object.dstV4 = message.dstV4;
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    object.sport = message.sport;
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    object.dport = message.dport;
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    object.srcV6 = options.bytes === String ? $util.base64.encode(message.srcV6, 0, message.srcV6.length) : options.bytes === Array ? Array.prototype.slice.call(message.srcV6) : message.srcV6;
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    object.dstV6 = options.bytes === String ? $util.base64.encode(message.dstV6, 0, message.dstV6.length) : options.bytes === Array ? Array.prototype.slice.call(message.dstV6) : message.dstV6;
                return object;
            };

            /**
             * Converts this Tuple to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Tuple
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Tuple.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Tuple
             * @function getTypeUrl
             * @memberof packetlife.v1.Tuple
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Tuple.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Tuple";
            };

            return Tuple;
        })();

        v1.Conntrack = (function() {

            /**
             * Properties of a Conntrack.
             * @memberof packetlife.v1
             * @interface IConntrack
             * @property {number|null} [status] Conntrack status
             * @property {number|null} [ctinfo] Conntrack ctinfo
             * @property {packetlife.v1.ITuple|null} [original] Conntrack original
             * @property {packetlife.v1.ITuple|null} [reply] Conntrack reply
             * @property {number|null} [mark] Conntrack mark
             * @property {number|Long|null} [id] Conntrack id
             * @property {boolean|null} [replyIsInverse] Conntrack replyIsInverse
             */

            /**
             * Constructs a new Conntrack.
             * @memberof packetlife.v1
             * @classdesc Represents a Conntrack.
             * @implements IConntrack
             * @constructor
             * @param {packetlife.v1.IConntrack=} [properties] Properties to set
             */
            function Conntrack(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Conntrack status.
             * @member {number} status
             * @memberof packetlife.v1.Conntrack
             * @instance
             */
            Conntrack.prototype.status = 0;

            /**
             * Conntrack ctinfo.
             * @member {number} ctinfo
             * @memberof packetlife.v1.Conntrack
             * @instance
             */
            Conntrack.prototype.ctinfo = 0;

            /**
             * Conntrack original.
             * @member {packetlife.v1.ITuple|null|undefined} original
             * @memberof packetlife.v1.Conntrack
             * @instance
             */
            Conntrack.prototype.original = null;

            /**
             * Conntrack reply.
             * @member {packetlife.v1.ITuple|null|undefined} reply
             * @memberof packetlife.v1.Conntrack
             * @instance
             */
            Conntrack.prototype.reply = null;

            /**
             * Conntrack mark.
             * @member {number} mark
             * @memberof packetlife.v1.Conntrack
             * @instance
             */
            Conntrack.prototype.mark = 0;

            /**
             * Conntrack id.
             * @member {number|Long} id
             * @memberof packetlife.v1.Conntrack
             * @instance
             */
            Conntrack.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Conntrack replyIsInverse.
             * @member {boolean} replyIsInverse
             * @memberof packetlife.v1.Conntrack
             * @instance
             */
            Conntrack.prototype.replyIsInverse = false;

            /**
             * Creates a new Conntrack instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {packetlife.v1.IConntrack=} [properties] Properties to set
             * @returns {packetlife.v1.Conntrack} Conntrack instance
             */
            Conntrack.create = function create(properties) {
                return new Conntrack(properties);
            };

            /**
             * Encodes the specified Conntrack message. Does not implicitly {@link packetlife.v1.Conntrack.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {packetlife.v1.IConntrack} message Conntrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conntrack.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.status);
                if (message.ctinfo != null && Object.hasOwnProperty.call(message, "ctinfo"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ctinfo);
                if (message.original != null && Object.hasOwnProperty.call(message, "original"))
                    $root.packetlife.v1.Tuple.encode(message.original, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.reply != null && Object.hasOwnProperty.call(message, "reply"))
                    $root.packetlife.v1.Tuple.encode(message.reply, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.mark);
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 6, wireType 1 =*/49).fixed64(message.id);
                if (message.replyIsInverse != null && Object.hasOwnProperty.call(message, "replyIsInverse"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.replyIsInverse);
                return writer;
            };

            /**
             * Encodes the specified Conntrack message, length delimited. Does not implicitly {@link packetlife.v1.Conntrack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {packetlife.v1.IConntrack} message Conntrack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conntrack.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Conntrack message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Conntrack} Conntrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conntrack.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Conntrack();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.ctinfo = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.original = $root.packetlife.v1.Tuple.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.reply = $root.packetlife.v1.Tuple.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.mark = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.id = reader.fixed64();
                            break;
                        }
                    case 7: {
                            message.replyIsInverse = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Conntrack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Conntrack} Conntrack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conntrack.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Conntrack message.
             * @function verify
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Conntrack.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isInteger(message.status))
                        return "status: integer expected";
                if (message.ctinfo != null && Object.hasOwnProperty.call(message, "ctinfo"))
                    if (!$util.isInteger(message.ctinfo))
                        return "ctinfo: integer expected";
                if (message.original != null && Object.hasOwnProperty.call(message, "original")) {
                    let error = $root.packetlife.v1.Tuple.verify(message.original, long + 1);
                    if (error)
                        return "original." + error;
                }
                if (message.reply != null && Object.hasOwnProperty.call(message, "reply")) {
                    let error = $root.packetlife.v1.Tuple.verify(message.reply, long + 1);
                    if (error)
                        return "reply." + error;
                }
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    if (!$util.isInteger(message.mark))
                        return "mark: integer expected";
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id) && !(message.id && $util.isInteger(message.id.low) && $util.isInteger(message.id.high)))
                        return "id: integer|Long expected";
                if (message.replyIsInverse != null && Object.hasOwnProperty.call(message, "replyIsInverse"))
                    if (typeof message.replyIsInverse !== "boolean")
                        return "replyIsInverse: boolean expected";
                return null;
            };

            /**
             * Creates a Conntrack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Conntrack} Conntrack
             */
            Conntrack.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Conntrack)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Conntrack: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Conntrack();
                if (object.status != null)
                    message.status = object.status >>> 0;
                if (object.ctinfo != null)
                    message.ctinfo = object.ctinfo >>> 0;
                if (object.original != null) {
                    if (!$util.isObject(object.original))
                        throw TypeError(".packetlife.v1.Conntrack.original: object expected");
                    message.original = $root.packetlife.v1.Tuple.fromObject(object.original, long + 1);
                }
                if (object.reply != null) {
                    if (!$util.isObject(object.reply))
                        throw TypeError(".packetlife.v1.Conntrack.reply: object expected");
                    message.reply = $root.packetlife.v1.Tuple.fromObject(object.reply, long + 1);
                }
                if (object.mark != null)
                    message.mark = object.mark >>> 0;
                if (object.id != null)
                    if ($util.Long)
                        message.id = $util.Long.fromValue(object.id, true);
                    else if (typeof object.id === "string")
                        message.id = parseInt(object.id, 10);
                    else if (typeof object.id === "number")
                        message.id = object.id;
                    else if (typeof object.id === "object")
                        message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.replyIsInverse != null)
                    message.replyIsInverse = Boolean(object.replyIsInverse);
                return message;
            };

            /**
             * Creates a plain object from a Conntrack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {packetlife.v1.Conntrack} message Conntrack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Conntrack.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = 0;
                    object.ctinfo = 0;
                    object.original = null;
                    object.reply = null;
                    object.mark = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.replyIsInverse = false;
                }
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.ctinfo != null && Object.hasOwnProperty.call(message, "ctinfo"))
                    object.ctinfo = message.ctinfo;
                if (message.original != null && Object.hasOwnProperty.call(message, "original"))
                    object.original = $root.packetlife.v1.Tuple.toObject(message.original, options, q + 1);
                if (message.reply != null && Object.hasOwnProperty.call(message, "reply"))
                    object.reply = $root.packetlife.v1.Tuple.toObject(message.reply, options, q + 1);
                if (message.mark != null && Object.hasOwnProperty.call(message, "mark"))
                    object.mark = message.mark;
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.id = typeof message.id === "number" ? BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === String ? String(message.id) : message.id;
                    else
                        object.id = options.longs === String ? $util.Long.prototype.toString.call(message.id) : options.longs === Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.replyIsInverse != null && Object.hasOwnProperty.call(message, "replyIsInverse"))
                    object.replyIsInverse = message.replyIsInverse;
                return object;
            };

            /**
             * Converts this Conntrack to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Conntrack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Conntrack.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Conntrack
             * @function getTypeUrl
             * @memberof packetlife.v1.Conntrack
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Conntrack.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Conntrack";
            };

            return Conntrack;
        })();

        v1.RouteLookup = (function() {

            /**
             * Properties of a RouteLookup.
             * @memberof packetlife.v1
             * @interface IRouteLookup
             * @property {number|null} [table] RouteLookup table
             * @property {number|null} [error] RouteLookup error
             * @property {number|null} [srcV4] RouteLookup srcV4
             * @property {number|null} [dstV4] RouteLookup dstV4
             * @property {number|null} [gatewayV4] RouteLookup gatewayV4
             * @property {number|null} [iif] RouteLookup iif
             * @property {number|null} [oif] RouteLookup oif
             * @property {string|null} [resultDev] RouteLookup resultDev
             * @property {number|null} [protocol] RouteLookup protocol
             * @property {number|null} [sport] RouteLookup sport
             * @property {number|null} [dport] RouteLookup dport
             * @property {number|null} [tos] RouteLookup tos
             * @property {number|null} [flowiMark] RouteLookup flowiMark
             * @property {Uint8Array|null} [srcV6] RouteLookup srcV6
             * @property {Uint8Array|null} [dstV6] RouteLookup dstV6
             * @property {Uint8Array|null} [gatewayV6] RouteLookup gatewayV6
             */

            /**
             * Constructs a new RouteLookup.
             * @memberof packetlife.v1
             * @classdesc Represents a RouteLookup.
             * @implements IRouteLookup
             * @constructor
             * @param {packetlife.v1.IRouteLookup=} [properties] Properties to set
             */
            function RouteLookup(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RouteLookup table.
             * @member {number} table
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.table = 0;

            /**
             * RouteLookup error.
             * @member {number} error
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.error = 0;

            /**
             * RouteLookup srcV4.
             * @member {number} srcV4
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.srcV4 = 0;

            /**
             * RouteLookup dstV4.
             * @member {number} dstV4
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.dstV4 = 0;

            /**
             * RouteLookup gatewayV4.
             * @member {number} gatewayV4
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.gatewayV4 = 0;

            /**
             * RouteLookup iif.
             * @member {number} iif
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.iif = 0;

            /**
             * RouteLookup oif.
             * @member {number} oif
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.oif = 0;

            /**
             * RouteLookup resultDev.
             * @member {string} resultDev
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.resultDev = "";

            /**
             * RouteLookup protocol.
             * @member {number} protocol
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.protocol = 0;

            /**
             * RouteLookup sport.
             * @member {number} sport
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.sport = 0;

            /**
             * RouteLookup dport.
             * @member {number} dport
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.dport = 0;

            /**
             * RouteLookup tos.
             * @member {number} tos
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.tos = 0;

            /**
             * RouteLookup flowiMark.
             * @member {number} flowiMark
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.flowiMark = 0;

            /**
             * RouteLookup srcV6.
             * @member {Uint8Array} srcV6
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.srcV6 = $util.newBuffer([]);

            /**
             * RouteLookup dstV6.
             * @member {Uint8Array} dstV6
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.dstV6 = $util.newBuffer([]);

            /**
             * RouteLookup gatewayV6.
             * @member {Uint8Array} gatewayV6
             * @memberof packetlife.v1.RouteLookup
             * @instance
             */
            RouteLookup.prototype.gatewayV6 = $util.newBuffer([]);

            /**
             * Creates a new RouteLookup instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {packetlife.v1.IRouteLookup=} [properties] Properties to set
             * @returns {packetlife.v1.RouteLookup} RouteLookup instance
             */
            RouteLookup.create = function create(properties) {
                return new RouteLookup(properties);
            };

            /**
             * Encodes the specified RouteLookup message. Does not implicitly {@link packetlife.v1.RouteLookup.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {packetlife.v1.IRouteLookup} message RouteLookup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RouteLookup.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.table);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.error);
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.srcV4);
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    writer.uint32(/* id 4, wireType 5 =*/37).fixed32(message.dstV4);
                if (message.gatewayV4 != null && Object.hasOwnProperty.call(message, "gatewayV4"))
                    writer.uint32(/* id 5, wireType 5 =*/45).fixed32(message.gatewayV4);
                if (message.iif != null && Object.hasOwnProperty.call(message, "iif"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.iif);
                if (message.oif != null && Object.hasOwnProperty.call(message, "oif"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.oif);
                if (message.resultDev != null && Object.hasOwnProperty.call(message, "resultDev"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.resultDev);
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.protocol);
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.sport);
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.dport);
                if (message.tos != null && Object.hasOwnProperty.call(message, "tos"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.tos);
                if (message.flowiMark != null && Object.hasOwnProperty.call(message, "flowiMark"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.flowiMark);
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    writer.uint32(/* id 20, wireType 2 =*/162).bytes(message.srcV6);
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    writer.uint32(/* id 21, wireType 2 =*/170).bytes(message.dstV6);
                if (message.gatewayV6 != null && Object.hasOwnProperty.call(message, "gatewayV6"))
                    writer.uint32(/* id 22, wireType 2 =*/178).bytes(message.gatewayV6);
                return writer;
            };

            /**
             * Encodes the specified RouteLookup message, length delimited. Does not implicitly {@link packetlife.v1.RouteLookup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {packetlife.v1.IRouteLookup} message RouteLookup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RouteLookup.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RouteLookup message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.RouteLookup} RouteLookup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RouteLookup.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.RouteLookup();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.table = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.error = reader.int32();
                            break;
                        }
                    case 3: {
                            message.srcV4 = reader.fixed32();
                            break;
                        }
                    case 4: {
                            message.dstV4 = reader.fixed32();
                            break;
                        }
                    case 5: {
                            message.gatewayV4 = reader.fixed32();
                            break;
                        }
                    case 6: {
                            message.iif = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.oif = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.resultDev = reader.string();
                            break;
                        }
                    case 9: {
                            message.protocol = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.sport = reader.uint32();
                            break;
                        }
                    case 11: {
                            message.dport = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.tos = reader.uint32();
                            break;
                        }
                    case 13: {
                            message.flowiMark = reader.uint32();
                            break;
                        }
                    case 20: {
                            message.srcV6 = reader.bytes();
                            break;
                        }
                    case 21: {
                            message.dstV6 = reader.bytes();
                            break;
                        }
                    case 22: {
                            message.gatewayV6 = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a RouteLookup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.RouteLookup} RouteLookup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RouteLookup.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RouteLookup message.
             * @function verify
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RouteLookup.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    if (!$util.isInteger(message.table))
                        return "table: integer expected";
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isInteger(message.error))
                        return "error: integer expected";
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    if (!$util.isInteger(message.srcV4))
                        return "srcV4: integer expected";
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    if (!$util.isInteger(message.dstV4))
                        return "dstV4: integer expected";
                if (message.gatewayV4 != null && Object.hasOwnProperty.call(message, "gatewayV4"))
                    if (!$util.isInteger(message.gatewayV4))
                        return "gatewayV4: integer expected";
                if (message.iif != null && Object.hasOwnProperty.call(message, "iif"))
                    if (!$util.isInteger(message.iif))
                        return "iif: integer expected";
                if (message.oif != null && Object.hasOwnProperty.call(message, "oif"))
                    if (!$util.isInteger(message.oif))
                        return "oif: integer expected";
                if (message.resultDev != null && Object.hasOwnProperty.call(message, "resultDev"))
                    if (!$util.isString(message.resultDev))
                        return "resultDev: string expected";
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isInteger(message.protocol))
                        return "protocol: integer expected";
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    if (!$util.isInteger(message.sport))
                        return "sport: integer expected";
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    if (!$util.isInteger(message.dport))
                        return "dport: integer expected";
                if (message.tos != null && Object.hasOwnProperty.call(message, "tos"))
                    if (!$util.isInteger(message.tos))
                        return "tos: integer expected";
                if (message.flowiMark != null && Object.hasOwnProperty.call(message, "flowiMark"))
                    if (!$util.isInteger(message.flowiMark))
                        return "flowiMark: integer expected";
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    if (!(message.srcV6 && typeof message.srcV6.length === "number" || $util.isString(message.srcV6)))
                        return "srcV6: buffer expected";
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    if (!(message.dstV6 && typeof message.dstV6.length === "number" || $util.isString(message.dstV6)))
                        return "dstV6: buffer expected";
                if (message.gatewayV6 != null && Object.hasOwnProperty.call(message, "gatewayV6"))
                    if (!(message.gatewayV6 && typeof message.gatewayV6.length === "number" || $util.isString(message.gatewayV6)))
                        return "gatewayV6: buffer expected";
                return null;
            };

            /**
             * Creates a RouteLookup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.RouteLookup} RouteLookup
             */
            RouteLookup.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.RouteLookup)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.RouteLookup: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.RouteLookup();
                if (object.table != null)
                    message.table = object.table >>> 0;
                if (object.error != null)
                    message.error = object.error | 0;
                if (object.srcV4 != null)
                    message.srcV4 = object.srcV4 >>> 0;
                if (object.dstV4 != null)
                    message.dstV4 = object.dstV4 >>> 0;
                if (object.gatewayV4 != null)
                    message.gatewayV4 = object.gatewayV4 >>> 0;
                if (object.iif != null)
                    message.iif = object.iif >>> 0;
                if (object.oif != null)
                    message.oif = object.oif >>> 0;
                if (object.resultDev != null)
                    message.resultDev = String(object.resultDev);
                if (object.protocol != null)
                    message.protocol = object.protocol >>> 0;
                if (object.sport != null)
                    message.sport = object.sport >>> 0;
                if (object.dport != null)
                    message.dport = object.dport >>> 0;
                if (object.tos != null)
                    message.tos = object.tos >>> 0;
                if (object.flowiMark != null)
                    message.flowiMark = object.flowiMark >>> 0;
                if (object.srcV6 != null)
                    if (typeof object.srcV6 === "string")
                        $util.base64.decode(object.srcV6, message.srcV6 = $util.newBuffer($util.base64.length(object.srcV6)), 0);
                    else if (object.srcV6.length >= 0)
                        message.srcV6 = object.srcV6;
                if (object.dstV6 != null)
                    if (typeof object.dstV6 === "string")
                        $util.base64.decode(object.dstV6, message.dstV6 = $util.newBuffer($util.base64.length(object.dstV6)), 0);
                    else if (object.dstV6.length >= 0)
                        message.dstV6 = object.dstV6;
                if (object.gatewayV6 != null)
                    if (typeof object.gatewayV6 === "string")
                        $util.base64.decode(object.gatewayV6, message.gatewayV6 = $util.newBuffer($util.base64.length(object.gatewayV6)), 0);
                    else if (object.gatewayV6.length >= 0)
                        message.gatewayV6 = object.gatewayV6;
                return message;
            };

            /**
             * Creates a plain object from a RouteLookup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {packetlife.v1.RouteLookup} message RouteLookup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RouteLookup.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.table = 0;
                    object.error = 0;
                    object.srcV4 = 0;
                    object.dstV4 = 0;
                    object.gatewayV4 = 0;
                    object.iif = 0;
                    object.oif = 0;
                    object.resultDev = "";
                    object.protocol = 0;
                    object.sport = 0;
                    object.dport = 0;
                    object.tos = 0;
                    object.flowiMark = 0;
                    if (options.bytes === String)
                        object.srcV6 = "";
                    else {
                        object.srcV6 = [];
                        if (options.bytes !== Array)
                            object.srcV6 = $util.newBuffer(object.srcV6);
                    }
                    if (options.bytes === String)
                        object.dstV6 = "";
                    else {
                        object.dstV6 = [];
                        if (options.bytes !== Array)
                            object.dstV6 = $util.newBuffer(object.dstV6);
                    }
                    if (options.bytes === String)
                        object.gatewayV6 = "";
                    else {
                        object.gatewayV6 = [];
                        if (options.bytes !== Array)
                            object.gatewayV6 = $util.newBuffer(object.gatewayV6);
                    }
                }
                if (message.table != null && Object.hasOwnProperty.call(message, "table"))
                    object.table = message.table;
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                if (message.srcV4 != null && Object.hasOwnProperty.call(message, "srcV4"))
                    object.srcV4 = message.srcV4;
                if (message.dstV4 != null && Object.hasOwnProperty.call(message, "dstV4"))
                    object.dstV4 = message.dstV4;
                if (message.gatewayV4 != null && Object.hasOwnProperty.call(message, "gatewayV4"))
                    object.gatewayV4 = message.gatewayV4;
                if (message.iif != null && Object.hasOwnProperty.call(message, "iif"))
                    object.iif = message.iif;
                if (message.oif != null && Object.hasOwnProperty.call(message, "oif"))
                    object.oif = message.oif;
                if (message.resultDev != null && Object.hasOwnProperty.call(message, "resultDev"))
                    object.resultDev = message.resultDev;
                if (message.protocol != null && Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.sport != null && Object.hasOwnProperty.call(message, "sport"))
                    object.sport = message.sport;
                if (message.dport != null && Object.hasOwnProperty.call(message, "dport"))
                    object.dport = message.dport;
                if (message.tos != null && Object.hasOwnProperty.call(message, "tos"))
                    object.tos = message.tos;
                if (message.flowiMark != null && Object.hasOwnProperty.call(message, "flowiMark"))
                    object.flowiMark = message.flowiMark;
                if (message.srcV6 != null && Object.hasOwnProperty.call(message, "srcV6"))
                    object.srcV6 = options.bytes === String ? $util.base64.encode(message.srcV6, 0, message.srcV6.length) : options.bytes === Array ? Array.prototype.slice.call(message.srcV6) : message.srcV6;
                if (message.dstV6 != null && Object.hasOwnProperty.call(message, "dstV6"))
                    object.dstV6 = options.bytes === String ? $util.base64.encode(message.dstV6, 0, message.dstV6.length) : options.bytes === Array ? Array.prototype.slice.call(message.dstV6) : message.dstV6;
                if (message.gatewayV6 != null && Object.hasOwnProperty.call(message, "gatewayV6"))
                    object.gatewayV6 = options.bytes === String ? $util.base64.encode(message.gatewayV6, 0, message.gatewayV6.length) : options.bytes === Array ? Array.prototype.slice.call(message.gatewayV6) : message.gatewayV6;
                return object;
            };

            /**
             * Converts this RouteLookup to JSON.
             * @function toJSON
             * @memberof packetlife.v1.RouteLookup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RouteLookup.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RouteLookup
             * @function getTypeUrl
             * @memberof packetlife.v1.RouteLookup
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RouteLookup.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.RouteLookup";
            };

            return RouteLookup;
        })();

        v1.Drop = (function() {

            /**
             * Properties of a Drop.
             * @memberof packetlife.v1
             * @interface IDrop
             * @property {number|null} [reasonCode] Drop reasonCode
             * @property {string|null} [reason] Drop reason
             * @property {number|Long|null} [location] Drop location
             */

            /**
             * Constructs a new Drop.
             * @memberof packetlife.v1
             * @classdesc Represents a Drop.
             * @implements IDrop
             * @constructor
             * @param {packetlife.v1.IDrop=} [properties] Properties to set
             */
            function Drop(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Drop reasonCode.
             * @member {number} reasonCode
             * @memberof packetlife.v1.Drop
             * @instance
             */
            Drop.prototype.reasonCode = 0;

            /**
             * Drop reason.
             * @member {string} reason
             * @memberof packetlife.v1.Drop
             * @instance
             */
            Drop.prototype.reason = "";

            /**
             * Drop location.
             * @member {number|Long} location
             * @memberof packetlife.v1.Drop
             * @instance
             */
            Drop.prototype.location = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Drop instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.Drop
             * @static
             * @param {packetlife.v1.IDrop=} [properties] Properties to set
             * @returns {packetlife.v1.Drop} Drop instance
             */
            Drop.create = function create(properties) {
                return new Drop(properties);
            };

            /**
             * Encodes the specified Drop message. Does not implicitly {@link packetlife.v1.Drop.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.Drop
             * @static
             * @param {packetlife.v1.IDrop} message Drop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Drop.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.reasonCode != null && Object.hasOwnProperty.call(message, "reasonCode"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.reasonCode);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.location != null && Object.hasOwnProperty.call(message, "location"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.location);
                return writer;
            };

            /**
             * Encodes the specified Drop message, length delimited. Does not implicitly {@link packetlife.v1.Drop.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.Drop
             * @static
             * @param {packetlife.v1.IDrop} message Drop message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Drop.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Drop message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.Drop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.Drop} Drop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Drop.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.Drop();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.reasonCode = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.reason = reader.string();
                            break;
                        }
                    case 3: {
                            message.location = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a Drop message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.Drop
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.Drop} Drop
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Drop.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Drop message.
             * @function verify
             * @memberof packetlife.v1.Drop
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Drop.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.reasonCode != null && Object.hasOwnProperty.call(message, "reasonCode"))
                    if (!$util.isInteger(message.reasonCode))
                        return "reasonCode: integer expected";
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.location != null && Object.hasOwnProperty.call(message, "location"))
                    if (!$util.isInteger(message.location) && !(message.location && $util.isInteger(message.location.low) && $util.isInteger(message.location.high)))
                        return "location: integer|Long expected";
                return null;
            };

            /**
             * Creates a Drop message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.Drop
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.Drop} Drop
             */
            Drop.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.Drop)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.Drop: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.Drop();
                if (object.reasonCode != null)
                    message.reasonCode = object.reasonCode >>> 0;
                if (object.reason != null)
                    message.reason = String(object.reason);
                if (object.location != null)
                    if ($util.Long)
                        message.location = $util.Long.fromValue(object.location, true);
                    else if (typeof object.location === "string")
                        message.location = parseInt(object.location, 10);
                    else if (typeof object.location === "number")
                        message.location = object.location;
                    else if (typeof object.location === "object")
                        message.location = new $util.LongBits(object.location.low >>> 0, object.location.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Drop message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.Drop
             * @static
             * @param {packetlife.v1.Drop} message Drop
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Drop.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reasonCode = 0;
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.location = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.location = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.reasonCode != null && Object.hasOwnProperty.call(message, "reasonCode"))
                    object.reasonCode = message.reasonCode;
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.location != null && Object.hasOwnProperty.call(message, "location"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.location = typeof message.location === "number" ? BigInt(message.location) : $util.Long.fromBits(message.location.low >>> 0, message.location.high >>> 0, true).toBigInt();
                    else if (typeof message.location === "number")
                        object.location = options.longs === String ? String(message.location) : message.location;
                    else
                        object.location = options.longs === String ? $util.Long.prototype.toString.call(message.location) : options.longs === Number ? new $util.LongBits(message.location.low >>> 0, message.location.high >>> 0).toNumber(true) : message.location;
                return object;
            };

            /**
             * Converts this Drop to JSON.
             * @function toJSON
             * @memberof packetlife.v1.Drop
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Drop.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Drop
             * @function getTypeUrl
             * @memberof packetlife.v1.Drop
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Drop.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.Drop";
            };

            return Drop;
        })();

        v1.TopologySnapshot = (function() {

            /**
             * Properties of a TopologySnapshot.
             * @memberof packetlife.v1
             * @interface ITopologySnapshot
             * @property {string|null} [node] TopologySnapshot node
             * @property {number|Long|null} [takenUnixNs] TopologySnapshot takenUnixNs
             * @property {Array.<packetlife.v1.INetnsState>|null} [netns] TopologySnapshot netns
             * @property {string|null} [iptablesNat] TopologySnapshot iptablesNat
             * @property {string|null} [iptablesMangle] TopologySnapshot iptablesMangle
             * @property {Array.<packetlife.v1.IPodRef>|null} [pods] TopologySnapshot pods
             * @property {number|Long|null} [generation] TopologySnapshot generation
             */

            /**
             * Constructs a new TopologySnapshot.
             * @memberof packetlife.v1
             * @classdesc Represents a TopologySnapshot.
             * @implements ITopologySnapshot
             * @constructor
             * @param {packetlife.v1.ITopologySnapshot=} [properties] Properties to set
             */
            function TopologySnapshot(properties) {
                this.netns = [];
                this.pods = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TopologySnapshot node.
             * @member {string} node
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             */
            TopologySnapshot.prototype.node = "";

            /**
             * TopologySnapshot takenUnixNs.
             * @member {number|Long} takenUnixNs
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             */
            TopologySnapshot.prototype.takenUnixNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TopologySnapshot netns.
             * @member {Array.<packetlife.v1.INetnsState>} netns
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             */
            TopologySnapshot.prototype.netns = $util.emptyArray;

            /**
             * TopologySnapshot iptablesNat.
             * @member {string} iptablesNat
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             */
            TopologySnapshot.prototype.iptablesNat = "";

            /**
             * TopologySnapshot iptablesMangle.
             * @member {string} iptablesMangle
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             */
            TopologySnapshot.prototype.iptablesMangle = "";

            /**
             * TopologySnapshot pods.
             * @member {Array.<packetlife.v1.IPodRef>} pods
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             */
            TopologySnapshot.prototype.pods = $util.emptyArray;

            /**
             * TopologySnapshot generation.
             * @member {number|Long} generation
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             */
            TopologySnapshot.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TopologySnapshot instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {packetlife.v1.ITopologySnapshot=} [properties] Properties to set
             * @returns {packetlife.v1.TopologySnapshot} TopologySnapshot instance
             */
            TopologySnapshot.create = function create(properties) {
                return new TopologySnapshot(properties);
            };

            /**
             * Encodes the specified TopologySnapshot message. Does not implicitly {@link packetlife.v1.TopologySnapshot.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {packetlife.v1.ITopologySnapshot} message TopologySnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopologySnapshot.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.takenUnixNs != null && Object.hasOwnProperty.call(message, "takenUnixNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.takenUnixNs);
                if (message.netns != null && message.netns.length)
                    for (let i = 0; i < message.netns.length; ++i)
                        $root.packetlife.v1.NetnsState.encode(message.netns[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.iptablesNat != null && Object.hasOwnProperty.call(message, "iptablesNat"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.iptablesNat);
                if (message.iptablesMangle != null && Object.hasOwnProperty.call(message, "iptablesMangle"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.iptablesMangle);
                if (message.pods != null && message.pods.length)
                    for (let i = 0; i < message.pods.length; ++i)
                        $root.packetlife.v1.PodRef.encode(message.pods[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.generation != null && Object.hasOwnProperty.call(message, "generation"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.generation);
                return writer;
            };

            /**
             * Encodes the specified TopologySnapshot message, length delimited. Does not implicitly {@link packetlife.v1.TopologySnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {packetlife.v1.ITopologySnapshot} message TopologySnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopologySnapshot.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TopologySnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.TopologySnapshot} TopologySnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopologySnapshot.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.TopologySnapshot();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.node = reader.string();
                            break;
                        }
                    case 2: {
                            message.takenUnixNs = reader.uint64();
                            break;
                        }
                    case 3: {
                            if (!(message.netns && message.netns.length))
                                message.netns = [];
                            message.netns.push($root.packetlife.v1.NetnsState.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.iptablesNat = reader.string();
                            break;
                        }
                    case 5: {
                            message.iptablesMangle = reader.string();
                            break;
                        }
                    case 6: {
                            if (!(message.pods && message.pods.length))
                                message.pods = [];
                            message.pods.push($root.packetlife.v1.PodRef.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 7: {
                            message.generation = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a TopologySnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.TopologySnapshot} TopologySnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopologySnapshot.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TopologySnapshot message.
             * @function verify
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TopologySnapshot.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.takenUnixNs != null && Object.hasOwnProperty.call(message, "takenUnixNs"))
                    if (!$util.isInteger(message.takenUnixNs) && !(message.takenUnixNs && $util.isInteger(message.takenUnixNs.low) && $util.isInteger(message.takenUnixNs.high)))
                        return "takenUnixNs: integer|Long expected";
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns")) {
                    if (!Array.isArray(message.netns))
                        return "netns: array expected";
                    for (let i = 0; i < message.netns.length; ++i) {
                        let error = $root.packetlife.v1.NetnsState.verify(message.netns[i], long + 1);
                        if (error)
                            return "netns." + error;
                    }
                }
                if (message.iptablesNat != null && Object.hasOwnProperty.call(message, "iptablesNat"))
                    if (!$util.isString(message.iptablesNat))
                        return "iptablesNat: string expected";
                if (message.iptablesMangle != null && Object.hasOwnProperty.call(message, "iptablesMangle"))
                    if (!$util.isString(message.iptablesMangle))
                        return "iptablesMangle: string expected";
                if (message.pods != null && Object.hasOwnProperty.call(message, "pods")) {
                    if (!Array.isArray(message.pods))
                        return "pods: array expected";
                    for (let i = 0; i < message.pods.length; ++i) {
                        let error = $root.packetlife.v1.PodRef.verify(message.pods[i], long + 1);
                        if (error)
                            return "pods." + error;
                    }
                }
                if (message.generation != null && Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                        return "generation: integer|Long expected";
                return null;
            };

            /**
             * Creates a TopologySnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.TopologySnapshot} TopologySnapshot
             */
            TopologySnapshot.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.TopologySnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.TopologySnapshot: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.TopologySnapshot();
                if (object.node != null)
                    message.node = String(object.node);
                if (object.takenUnixNs != null)
                    if ($util.Long)
                        message.takenUnixNs = $util.Long.fromValue(object.takenUnixNs, true);
                    else if (typeof object.takenUnixNs === "string")
                        message.takenUnixNs = parseInt(object.takenUnixNs, 10);
                    else if (typeof object.takenUnixNs === "number")
                        message.takenUnixNs = object.takenUnixNs;
                    else if (typeof object.takenUnixNs === "object")
                        message.takenUnixNs = new $util.LongBits(object.takenUnixNs.low >>> 0, object.takenUnixNs.high >>> 0).toNumber(true);
                if (object.netns) {
                    if (!Array.isArray(object.netns))
                        throw TypeError(".packetlife.v1.TopologySnapshot.netns: array expected");
                    message.netns = [];
                    for (let i = 0; i < object.netns.length; ++i) {
                        if (!$util.isObject(object.netns[i]))
                            throw TypeError(".packetlife.v1.TopologySnapshot.netns: object expected");
                        message.netns[i] = $root.packetlife.v1.NetnsState.fromObject(object.netns[i], long + 1);
                    }
                }
                if (object.iptablesNat != null)
                    message.iptablesNat = String(object.iptablesNat);
                if (object.iptablesMangle != null)
                    message.iptablesMangle = String(object.iptablesMangle);
                if (object.pods) {
                    if (!Array.isArray(object.pods))
                        throw TypeError(".packetlife.v1.TopologySnapshot.pods: array expected");
                    message.pods = [];
                    for (let i = 0; i < object.pods.length; ++i) {
                        if (!$util.isObject(object.pods[i]))
                            throw TypeError(".packetlife.v1.TopologySnapshot.pods: object expected");
                        message.pods[i] = $root.packetlife.v1.PodRef.fromObject(object.pods[i], long + 1);
                    }
                }
                if (object.generation != null)
                    if ($util.Long)
                        message.generation = $util.Long.fromValue(object.generation, true);
                    else if (typeof object.generation === "string")
                        message.generation = parseInt(object.generation, 10);
                    else if (typeof object.generation === "number")
                        message.generation = object.generation;
                    else if (typeof object.generation === "object")
                        message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TopologySnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {packetlife.v1.TopologySnapshot} message TopologySnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TopologySnapshot.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.netns = [];
                    object.pods = [];
                }
                if (options.defaults) {
                    object.node = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.takenUnixNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.takenUnixNs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.iptablesNat = "";
                    object.iptablesMangle = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.generation = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.generation = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.takenUnixNs != null && Object.hasOwnProperty.call(message, "takenUnixNs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.takenUnixNs = typeof message.takenUnixNs === "number" ? BigInt(message.takenUnixNs) : $util.Long.fromBits(message.takenUnixNs.low >>> 0, message.takenUnixNs.high >>> 0, true).toBigInt();
                    else if (typeof message.takenUnixNs === "number")
                        object.takenUnixNs = options.longs === String ? String(message.takenUnixNs) : message.takenUnixNs;
                    else
                        object.takenUnixNs = options.longs === String ? $util.Long.prototype.toString.call(message.takenUnixNs) : options.longs === Number ? new $util.LongBits(message.takenUnixNs.low >>> 0, message.takenUnixNs.high >>> 0).toNumber(true) : message.takenUnixNs;
                if (message.netns && message.netns.length) {
                    object.netns = [];
                    for (let j = 0; j < message.netns.length; ++j)
                        object.netns[j] = $root.packetlife.v1.NetnsState.toObject(message.netns[j], options, q + 1);
                }
                if (message.iptablesNat != null && Object.hasOwnProperty.call(message, "iptablesNat"))
                    object.iptablesNat = message.iptablesNat;
                if (message.iptablesMangle != null && Object.hasOwnProperty.call(message, "iptablesMangle"))
                    object.iptablesMangle = message.iptablesMangle;
                if (message.pods && message.pods.length) {
                    object.pods = [];
                    for (let j = 0; j < message.pods.length; ++j)
                        object.pods[j] = $root.packetlife.v1.PodRef.toObject(message.pods[j], options, q + 1);
                }
                if (message.generation != null && Object.hasOwnProperty.call(message, "generation"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.generation = typeof message.generation === "number" ? BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                    else if (typeof message.generation === "number")
                        object.generation = options.longs === String ? String(message.generation) : message.generation;
                    else
                        object.generation = options.longs === String ? $util.Long.prototype.toString.call(message.generation) : options.longs === Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                return object;
            };

            /**
             * Converts this TopologySnapshot to JSON.
             * @function toJSON
             * @memberof packetlife.v1.TopologySnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TopologySnapshot.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TopologySnapshot
             * @function getTypeUrl
             * @memberof packetlife.v1.TopologySnapshot
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TopologySnapshot.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.TopologySnapshot";
            };

            return TopologySnapshot;
        })();

        v1.PodRef = (function() {

            /**
             * Properties of a PodRef.
             * @memberof packetlife.v1
             * @interface IPodRef
             * @property {string|null} [namespace] PodRef namespace
             * @property {string|null} [name] PodRef name
             * @property {string|null} [ip] PodRef ip
             * @property {number|Long|null} [netns] PodRef netns
             * @property {Object.<string,string>|null} [labels] PodRef labels
             */

            /**
             * Constructs a new PodRef.
             * @memberof packetlife.v1
             * @classdesc Represents a PodRef.
             * @implements IPodRef
             * @constructor
             * @param {packetlife.v1.IPodRef=} [properties] Properties to set
             */
            function PodRef(properties) {
                this.labels = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PodRef namespace.
             * @member {string} namespace
             * @memberof packetlife.v1.PodRef
             * @instance
             */
            PodRef.prototype.namespace = "";

            /**
             * PodRef name.
             * @member {string} name
             * @memberof packetlife.v1.PodRef
             * @instance
             */
            PodRef.prototype.name = "";

            /**
             * PodRef ip.
             * @member {string} ip
             * @memberof packetlife.v1.PodRef
             * @instance
             */
            PodRef.prototype.ip = "";

            /**
             * PodRef netns.
             * @member {number|Long} netns
             * @memberof packetlife.v1.PodRef
             * @instance
             */
            PodRef.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PodRef labels.
             * @member {Object.<string,string>} labels
             * @memberof packetlife.v1.PodRef
             * @instance
             */
            PodRef.prototype.labels = $util.emptyObject;

            /**
             * Creates a new PodRef instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {packetlife.v1.IPodRef=} [properties] Properties to set
             * @returns {packetlife.v1.PodRef} PodRef instance
             */
            PodRef.create = function create(properties) {
                return new PodRef(properties);
            };

            /**
             * Encodes the specified PodRef message. Does not implicitly {@link packetlife.v1.PodRef.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {packetlife.v1.IPodRef} message PodRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodRef.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.ip != null && Object.hasOwnProperty.call(message, "ip"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ip);
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.netns);
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Encodes the specified PodRef message, length delimited. Does not implicitly {@link packetlife.v1.PodRef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {packetlife.v1.IPodRef} message PodRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PodRef.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a PodRef message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.PodRef} PodRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodRef.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.PodRef();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.namespace = reader.string();
                            break;
                        }
                    case 2: {
                            message.name = reader.string();
                            break;
                        }
                    case 3: {
                            message.ip = reader.string();
                            break;
                        }
                    case 4: {
                            message.netns = reader.uint64();
                            break;
                        }
                    case 5: {
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a PodRef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.PodRef} PodRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PodRef.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a PodRef message.
             * @function verify
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PodRef.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.ip != null && Object.hasOwnProperty.call(message, "ip"))
                    if (!$util.isString(message.ip))
                        return "ip: string expected";
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.labels != null && Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    let key = Object.keys(message.labels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a PodRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.PodRef} PodRef
             */
            PodRef.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.PodRef)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.PodRef: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.PodRef();
                if (object.namespace != null)
                    message.namespace = String(object.namespace);
                if (object.name != null)
                    message.name = String(object.name);
                if (object.ip != null)
                    message.ip = String(object.ip);
                if (object.netns != null)
                    if ($util.Long)
                        message.netns = $util.Long.fromValue(object.netns, true);
                    else if (typeof object.netns === "string")
                        message.netns = parseInt(object.netns, 10);
                    else if (typeof object.netns === "number")
                        message.netns = object.netns;
                    else if (typeof object.netns === "object")
                        message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw TypeError(".packetlife.v1.PodRef.labels: object expected");
                    message.labels = {};
                    for (let keys = Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = String(object.labels[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PodRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {packetlife.v1.PodRef} message PodRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PodRef.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.name = "";
                    object.ip = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.ip != null && Object.hasOwnProperty.call(message, "ip"))
                    object.ip = message.ip;
                if (message.netns != null && Object.hasOwnProperty.call(message, "netns"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.netns = typeof message.netns === "number" ? BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === String ? String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === String ? $util.Long.prototype.toString.call(message.netns) : options.longs === Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                let keys2;
                if (message.labels && (keys2 = Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this PodRef to JSON.
             * @function toJSON
             * @memberof packetlife.v1.PodRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PodRef.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PodRef
             * @function getTypeUrl
             * @memberof packetlife.v1.PodRef
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PodRef.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.PodRef";
            };

            return PodRef;
        })();

        v1.NetnsState = (function() {

            /**
             * Properties of a NetnsState.
             * @memberof packetlife.v1
             * @interface INetnsState
             * @property {number|Long|null} [inode] NetnsState inode
             * @property {string|null} [name] NetnsState name
             * @property {boolean|null} [host] NetnsState host
             * @property {string|null} [linksJson] NetnsState linksJson
             * @property {string|null} [addrsJson] NetnsState addrsJson
             * @property {string|null} [routesJson] NetnsState routesJson
             * @property {string|null} [rulesJson] NetnsState rulesJson
             * @property {string|null} [neighboursJson] NetnsState neighboursJson
             */

            /**
             * Constructs a new NetnsState.
             * @memberof packetlife.v1
             * @classdesc Represents a NetnsState.
             * @implements INetnsState
             * @constructor
             * @param {packetlife.v1.INetnsState=} [properties] Properties to set
             */
            function NetnsState(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * NetnsState inode.
             * @member {number|Long} inode
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NetnsState name.
             * @member {string} name
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.name = "";

            /**
             * NetnsState host.
             * @member {boolean} host
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.host = false;

            /**
             * NetnsState linksJson.
             * @member {string} linksJson
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.linksJson = "";

            /**
             * NetnsState addrsJson.
             * @member {string} addrsJson
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.addrsJson = "";

            /**
             * NetnsState routesJson.
             * @member {string} routesJson
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.routesJson = "";

            /**
             * NetnsState rulesJson.
             * @member {string} rulesJson
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.rulesJson = "";

            /**
             * NetnsState neighboursJson.
             * @member {string} neighboursJson
             * @memberof packetlife.v1.NetnsState
             * @instance
             */
            NetnsState.prototype.neighboursJson = "";

            /**
             * Creates a new NetnsState instance using the specified properties.
             * @function create
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {packetlife.v1.INetnsState=} [properties] Properties to set
             * @returns {packetlife.v1.NetnsState} NetnsState instance
             */
            NetnsState.create = function create(properties) {
                return new NetnsState(properties);
            };

            /**
             * Encodes the specified NetnsState message. Does not implicitly {@link packetlife.v1.NetnsState.verify|verify} messages.
             * @function encode
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {packetlife.v1.INetnsState} message NetnsState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetnsState.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.inode != null && Object.hasOwnProperty.call(message, "inode"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.inode);
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.host);
                if (message.linksJson != null && Object.hasOwnProperty.call(message, "linksJson"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.linksJson);
                if (message.addrsJson != null && Object.hasOwnProperty.call(message, "addrsJson"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.addrsJson);
                if (message.routesJson != null && Object.hasOwnProperty.call(message, "routesJson"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.routesJson);
                if (message.rulesJson != null && Object.hasOwnProperty.call(message, "rulesJson"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.rulesJson);
                if (message.neighboursJson != null && Object.hasOwnProperty.call(message, "neighboursJson"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.neighboursJson);
                return writer;
            };

            /**
             * Encodes the specified NetnsState message, length delimited. Does not implicitly {@link packetlife.v1.NetnsState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {packetlife.v1.INetnsState} message NetnsState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetnsState.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a NetnsState message from the specified reader or buffer.
             * @function decode
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {packetlife.v1.NetnsState} NetnsState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetnsState.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.packetlife.v1.NetnsState();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.inode = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.name = reader.string();
                            break;
                        }
                    case 3: {
                            message.host = reader.bool();
                            break;
                        }
                    case 4: {
                            message.linksJson = reader.string();
                            break;
                        }
                    case 5: {
                            message.addrsJson = reader.string();
                            break;
                        }
                    case 6: {
                            message.routesJson = reader.string();
                            break;
                        }
                    case 7: {
                            message.rulesJson = reader.string();
                            break;
                        }
                    case 8: {
                            message.neighboursJson = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Decodes a NetnsState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {packetlife.v1.NetnsState} NetnsState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetnsState.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a NetnsState message.
             * @function verify
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetnsState.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.inode != null && Object.hasOwnProperty.call(message, "inode"))
                    if (!$util.isInteger(message.inode) && !(message.inode && $util.isInteger(message.inode.low) && $util.isInteger(message.inode.high)))
                        return "inode: integer|Long expected";
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    if (typeof message.host !== "boolean")
                        return "host: boolean expected";
                if (message.linksJson != null && Object.hasOwnProperty.call(message, "linksJson"))
                    if (!$util.isString(message.linksJson))
                        return "linksJson: string expected";
                if (message.addrsJson != null && Object.hasOwnProperty.call(message, "addrsJson"))
                    if (!$util.isString(message.addrsJson))
                        return "addrsJson: string expected";
                if (message.routesJson != null && Object.hasOwnProperty.call(message, "routesJson"))
                    if (!$util.isString(message.routesJson))
                        return "routesJson: string expected";
                if (message.rulesJson != null && Object.hasOwnProperty.call(message, "rulesJson"))
                    if (!$util.isString(message.rulesJson))
                        return "rulesJson: string expected";
                if (message.neighboursJson != null && Object.hasOwnProperty.call(message, "neighboursJson"))
                    if (!$util.isString(message.neighboursJson))
                        return "neighboursJson: string expected";
                return null;
            };

            /**
             * Creates a NetnsState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {packetlife.v1.NetnsState} NetnsState
             */
            NetnsState.fromObject = function fromObject(object, long) {
                if (object instanceof $root.packetlife.v1.NetnsState)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".packetlife.v1.NetnsState: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.packetlife.v1.NetnsState();
                if (object.inode != null)
                    if ($util.Long)
                        message.inode = $util.Long.fromValue(object.inode, true);
                    else if (typeof object.inode === "string")
                        message.inode = parseInt(object.inode, 10);
                    else if (typeof object.inode === "number")
                        message.inode = object.inode;
                    else if (typeof object.inode === "object")
                        message.inode = new $util.LongBits(object.inode.low >>> 0, object.inode.high >>> 0).toNumber(true);
                if (object.name != null)
                    message.name = String(object.name);
                if (object.host != null)
                    message.host = Boolean(object.host);
                if (object.linksJson != null)
                    message.linksJson = String(object.linksJson);
                if (object.addrsJson != null)
                    message.addrsJson = String(object.addrsJson);
                if (object.routesJson != null)
                    message.routesJson = String(object.routesJson);
                if (object.rulesJson != null)
                    message.rulesJson = String(object.rulesJson);
                if (object.neighboursJson != null)
                    message.neighboursJson = String(object.neighboursJson);
                return message;
            };

            /**
             * Creates a plain object from a NetnsState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {packetlife.v1.NetnsState} message NetnsState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetnsState.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.inode = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.inode = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.name = "";
                    object.host = false;
                    object.linksJson = "";
                    object.addrsJson = "";
                    object.routesJson = "";
                    object.rulesJson = "";
                    object.neighboursJson = "";
                }
                if (message.inode != null && Object.hasOwnProperty.call(message, "inode"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.inode = typeof message.inode === "number" ? BigInt(message.inode) : $util.Long.fromBits(message.inode.low >>> 0, message.inode.high >>> 0, true).toBigInt();
                    else if (typeof message.inode === "number")
                        object.inode = options.longs === String ? String(message.inode) : message.inode;
                    else
                        object.inode = options.longs === String ? $util.Long.prototype.toString.call(message.inode) : options.longs === Number ? new $util.LongBits(message.inode.low >>> 0, message.inode.high >>> 0).toNumber(true) : message.inode;
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.linksJson != null && Object.hasOwnProperty.call(message, "linksJson"))
                    object.linksJson = message.linksJson;
                if (message.addrsJson != null && Object.hasOwnProperty.call(message, "addrsJson"))
                    object.addrsJson = message.addrsJson;
                if (message.routesJson != null && Object.hasOwnProperty.call(message, "routesJson"))
                    object.routesJson = message.routesJson;
                if (message.rulesJson != null && Object.hasOwnProperty.call(message, "rulesJson"))
                    object.rulesJson = message.rulesJson;
                if (message.neighboursJson != null && Object.hasOwnProperty.call(message, "neighboursJson"))
                    object.neighboursJson = message.neighboursJson;
                return object;
            };

            /**
             * Converts this NetnsState to JSON.
             * @function toJSON
             * @memberof packetlife.v1.NetnsState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetnsState.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for NetnsState
             * @function getTypeUrl
             * @memberof packetlife.v1.NetnsState
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            NetnsState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/packetlife.v1.NetnsState";
            };

            return NetnsState;
        })();

        return v1;
    })();

    return packetlife;
})();

export { $root as default };
