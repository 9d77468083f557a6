import { type OfferedCapabilities, type Target } from "../../lib/target/target";
import { type Surface } from "../../lib/surface";
/**
 * Connect to a live target and read its surface: the negotiation and every list it declares,
 * each followed through all its pages. Offers `capabilities` at initialize (a server may show
 * more tools to a client that offers sampling), then disconnects.
 */
export declare function liveSurface(target: Target, capabilities: OfferedCapabilities, label?: string): Promise<{
    ok: true;
    surface: Surface;
} | {
    ok: false;
    message: string;
}>;
