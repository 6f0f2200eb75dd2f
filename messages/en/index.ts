// English messages, one file per area so that areas can be edited independently.
import common from "./common.json";
import review from "./review.json";

const messages = { ...common, ...review };

export default messages;
