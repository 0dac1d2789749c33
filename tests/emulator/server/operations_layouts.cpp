// ListLayouts and GetLayout. Layouts are read-only here: the emulator serves the snapshot's.
#include "error_response.h"
#include "operations.h"
#include "wire/wire_json.h"

namespace cw::emu::ops {

ApiResult<Json> listLayouts(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    std::vector<const Layout *> layouts;
    for (const Layout &layout : domain.value()->snapshot.layouts)
        if (!layout.deleted.value_or(false))
            layouts.push_back(&layout);
    return listPage(context, request, layouts, "layouts", "ListLayouts|" + domain.value()->snapshot.domainId,
                    [](const Layout &layout) {
                        return Json{{"layoutId", layout.layoutId},
                                    {"layoutArn", layout.layoutArn},
                                    {"name", layout.name}};
                    });
}

ApiResult<Json> getLayout(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    const std::string &layoutId = request.label("layoutId");
    const Layout *layout = domain.value()->snapshot.findLayout(layoutId);
    if (layout == nullptr)
        return notFoundError("Layout", layoutId);
    Json body = wire::writeLayout(*layout);
    body["deleted"] = layout->deleted.value_or(false);
    return body;
}

} // namespace cw::emu::ops
