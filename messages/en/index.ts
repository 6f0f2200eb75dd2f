// English messages, one file per area so that areas can be edited independently.
import common from "./common.json";

const messages = { ...common };

export default messages;
